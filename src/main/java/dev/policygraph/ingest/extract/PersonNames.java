package dev.policygraph.ingest.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

import dev.policygraph.ingest.lexicon.Lexicon;
import dev.policygraph.ingest.lexicon.WordIndex;
import dev.policygraph.ingest.script.Han;
import dev.policygraph.ingest.script.RecentlyUsed;

/**
 * Where a person's name (人名) starts and ends in a sentence. A name starts with a known surname
 * ({@code lexicon/surnames.txt}), is no word the lexicon says is never a name, and is followed by punctuation, a
 * role or speech verb or another word that may follow a name; HanLP's segmenter decides only the doubtful cases,
 * since it costs more than all the rest.
 */
final class PersonNames {

    private final Set<String> surnames = Set.copyOf(Lexicon.words("surnames"));
    private final Set<String> notNames = Set.copyOf(Lexicon.words("not_names"));
    /** What may follow a name: role and speech verbs, name_followers.txt, ranks. */
    private final WordIndex followerIndex;
    private final Titles titles;

    PersonNames(Titles titles, Collection<String> roleVerbs) {
        this.titles = titles;
        List<String> followers = new ArrayList<>(roleVerbs);
        followers.addAll(SpeechVerbs.of(SpeechVerbs.Use.NAME));
        followers.addAll(Lexicon.words("name_followers"));
        followers.addAll(titles.ranks()); // 主席甲教授、副主席乙
        followerIndex = new WordIndex(followers);
    }

    /** Whether the lexicon knows this (one or two characters) as a surname. */
    boolean isSurname(String s) {
        return surnames.contains(s);
    }

    /** Opens with a surname and is no word the lexicon says is never a name. */
    boolean surnameLed(String cand) {
        return surnames.contains(cand.substring(0, 1)) && !notName(cand);
    }

    /** A word that starts like a name but is not one (党组, 强调, 相关 …), or contains one of those words. */
    boolean notName(String cand) {
        if (notNames.contains(cand) || cand.length() == 3 && "站所局厅室队办".indexOf(cand.charAt(2)) >= 0) {
            return true; // 包村站所长, 司改办副主任: a unit and its head's title, not a name ending in a unit's character
        }
        for (int i = 0; i + 2 <= cand.length(); i++) {
            if (notNames.contains(cand.substring(i, i + 2)) && cand.length() > 2) {
                return true;
            }
        }
        return false;
    }

    /**
     * 杨长江主持会议, 李和平出席: a given name that is also a word the lexicon says is no name (长江, 和平) after a surname,
     * before the act; taken only when HanLP too reads the three characters as a person's name.
     */
    private boolean givenNameAWord(String st, String cand, int end) {
        return cand.length() == 3 && surnames.contains(cand.substring(0, 1)) && !notNames.contains(cand)
                && !notNames.contains(cand.substring(0, 2)) && follows(st, end) && personName(st, cand);
    }

    /** HanLP takes this for a person's name in the sentence. */
    static boolean personName(String st, String name) {
        int at = st.indexOf(name);
        if (at < 0 || st.length() <= 2 * NAME_CONTEXT + name.length()) {
            return personNames(st).contains(name);
        }
        return personNames(st.substring(Math.max(0, at - NAME_CONTEXT),
                Math.min(st.length(), at + name.length() + NAME_CONTEXT))).contains(name);
    }

    /**
     * How many characters either side of a name HanLP is shown: its name recognition reads the words next to a name,
     * and segmenting a window instead of the whole sentence costs a fraction. From 8 on, no extraction of the 845
     * real and written texts changed; 3 changed two.
     */
    private static final int NAME_CONTEXT = 12;

    /**
     * The windows HanLP segmented lately on this thread and the person names it found: the finders ask about the same
     * names in the same sentences again and again, and segmenting is the dearest step of all.
     */
    private static final ThreadLocal<Map<String, Set<String>>> SEGMENTED = ThreadLocal.withInitial(() -> new RecentlyUsed<>(64));

    /** HanLP's segmenter with name recognition, one per thread rather than one per window. */
    private static final ThreadLocal<Segment> NAME_SEGMENT = ThreadLocal.withInitial(() -> HanLP.newSegment().enableNameRecognize(true));

    /** The words HanLP tags as person names (nr…) in the sentence. */
    private static Set<String> personNames(String st) {
        Map<String, Set<String>> segmented = SEGMENTED.get();
        Set<String> known = segmented.get(st);
        if (known != null) {
            return known;
        }
        Set<String> names = new java.util.HashSet<>();
        for (Term term : NAME_SEGMENT.get().seg(st)) {
            if (term.nature != null && term.nature.startsWith("nr")) {
                names.add(term.word);
            }
        }
        Set<String> found = Set.copyOf(names);
        segmented.put(st, found);
        return found;
    }

    /** [start, end) of a name at p, or null. Tries 3, 2 then 4 chars; compound surnames need 3 or 4. */
    int[] name(String st, int p) {
        int[] found = nameAt(st, p);
        // 袁华作工作报告: a three-character name whose last character starts a verb may be a two-character one
        if (found != null && found[1] - found[0] == 3 && p + 2 <= st.length()) {
            String two = st.substring(p, p + 2);
            if (st.startsWith("来到", p + 2) && !notName(two)) {
                return new int[] {p, p + 2}; // 省长龚正来到…: 来到 follows the name, 到 alone does not end it
            }
            if (follows(st, p + 2) && personName(st, two) && !personName(st, st.substring(p, p + 3))) {
                return new int[] {p, p + 2};
            }
        }
        return found;
    }

    /**
     * A name after a national leader's title, whatever follows it (国务院总理李强的政府工作报告, 国家主席习近平去年底视察):
     * two or three characters after a surname, when the segmenter reads them as a name.
     */
    int[] nameAfterNationalTitle(String st, int p) {
        for (int len : new int[] {3, 2}) {
            int e = p + len;
            if (e > st.length()) {
                continue;
            }
            String cand = st.substring(p, e);
            if (cand.chars().allMatch(Han::is) && !cand.endsWith("的") && !notName(cand)
                    && surnames.contains(cand.substring(0, 1)) && personName(st, cand)) {
                return new int[] {p, e};
            }
        }
        return null;
    }

    /**
     * A name inside a list of names after a title, whose surname the lexicon lacks: two to four Han characters,
     * not a known non-name, followed by the list's next separator or its end.
     */
    int[] listedName(String st, int p) {
        for (int len : new int[] {3, 2, 4}) { // 4: 白玛赤林, a Tibetan name
            int e = p + len;
            if (e > st.length()) {
                continue;
            }
            String cand = st.substring(p, e);
            if (cand.chars().allMatch(Han::is) && !notName(cand) && !titles.isTitle(cand) && !opensWithTitle(cand)
                    && Regions.lookingAt(LIST_GOES_ON, st, e, st.length())) {
                return new int[] {p, e};
            }
        }
        return null;
    }

    /** 组长罗某 in 第一组长甲、组长罗某、副组长乙: a title and a name of its own, no four-character name. */
    private boolean opensWithTitle(String cand) {
        for (int k = 2; k < cand.length(); k++) {
            if (titles.isTitle(cand.substring(0, k))) {
                return true;
            }
        }
        return false;
    }

    // …、曲木史哈就分管工作作了总结: the last name before the speech the list shares
    private static final Pattern LIST_GOES_ON = Pattern.compile("(?:、|,、|,|及|和|等|同志|出席|参加|列席|就|分别|先后|作了?发言)");

    /** The dot between the parts of a transliterated name (艾力更·依明巴海), as copies write it. */
    static final String NAME_DOTS = "·•・‧";

    private static final int MAX_NAME_PART = 6; // 铁力瓦尔迪·阿不都热西提

    /**
     * [start, end) of a transliterated name at p (艾力更·依明巴海, 司马义·艾买提), or null: Han parts of one to six
     * characters around a dot, the shortest second part that the name's followers close. Such names have no surname
     * from the lexicon, so only the dot and the follower make them names.
     */
    private int[] dottedName(String st, int p) {
        int limit = Math.min(st.length(), p + MAX_NAME_PART + 1);
        int dot = -1;
        for (int i = p + 1; i < limit; i++) {
            char c = st.charAt(i);
            if (NAME_DOTS.indexOf(c) >= 0) {
                dot = i;
                break;
            }
            if (!Han.is(c)) {
                return null;
            }
        }
        if (dot < 0 || !Han.is(st.charAt(p)) || titles.insideTitle(st, p)) {
            return null;
        }
        for (int e = dot + 2; e <= Math.min(st.length(), dot + 1 + MAX_NAME_PART); e++) {
            if (!Han.is(st.charAt(e - 1))) {
                return null;
            }
            if (follows(st, e)) {
                return new int[] {p, e};
            }
        }
        return null;
    }

    private int[] nameAt(String st, int p) {
        int[] dotted = dottedName(st, p);
        if (dotted != null) {
            return dotted;
        }
        for (int len : new int[] {3, 2, 4}) {
            int e = p + len;
            if (e > st.length()) {
                continue;
            }
            String cand = st.substring(p, e);
            if (!cand.chars().allMatch(Han::is) || notName(cand) && !givenNameAWord(st, cand, e)) {
                continue;
            }
            if (cand.endsWith("的")) {
                continue; // 局长卢进的讲话, 看望…委员时的讲话: a name never ends in the particle
            }
            boolean compound = surnames.contains(cand.substring(0, 2));
            if (!(surnames.contains(cand.substring(0, 1)) || compound) || (len == 4 && !compound)) {
                continue;
            }
            if (follows(st, e) || Regions.lookingAt(ClauseRoles.TOPIC_THEN_SPEECH, st, e, st.length())) {
                return new int[] {p, e};
            }
        }
        return null;
    }

    private static final Pattern DATE_AFTER_NAME = Pattern.compile("(?:\\d{1,2}(?:月\\d{1,2})?日|" + LeadDates.DAY_WRITTEN_IN + ")(?:上午|下午|晚上?)?"
            + "(?:主持|出席|参加|列席|召开|组织召开|说|表示|指出|强调|透露|介绍)"); // 国资委主任甲23日说: a wire's quote; 县长甲今(7)日主持

    /** An adverb in 地 after a name and its title, not a place (地区, 地方, 地市). */
    private static final Pattern ADVERB_IN_DI = Pattern.compile("\\p{IsHan}{2,4}?地(?![区方市委税点域块])");

    /** Punctuation that ends a name: 甲、乙, 甲, 甲(女). */
    private static final String NAME_ENDS = "、,。;:!?(";

    /** Whether what stands at {@code i} may end a name: punctuation, the day of the act, an adverb, a follower word. */
    boolean follows(String st, int i) {
        if (i >= st.length()) {
            return true;
        }
        if (NAME_ENDS.indexOf(st.charAt(i)) >= 0) {
            return true;
        }
        if (DATE_AFTER_NAME.matcher(st).region(i, Math.min(st.length(), i + 14)).lookingAt()) {
            return true; // 局长郑国强7月1日主持召开…: the day of the act follows the name
        }
        int di = st.indexOf('地', i + 2);
        if (di >= 0 && di <= i + 4 && ADVERB_IN_DI.matcher(st).region(i, st.length()).lookingAt()) {
            return true; // 郭某副局长一字一句地向…传达了…
        }
        if (st.startsWith("先生", i) || st.startsWith("女士", i)) {
            // 司长甲先生,: an honorific after the name, which then ends as a name does; not the 先 of 甲先传达了…
            return i + 2 >= st.length() || NAME_ENDS.indexOf(st.charAt(i + 2)) >= 0;
        }
        if (st.startsWith("从事", i)) {
            return false; // 甲从事 a career, not the 从 of 甲从…方面
        }
        return followerIndex.longestAt(st, i) != null;
    }
}
