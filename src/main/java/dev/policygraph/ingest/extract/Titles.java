package dev.policygraph.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.policygraph.ingest.lexicon.Lexicon;
import dev.policygraph.ingest.lexicon.WordIndex;
import dev.policygraph.ingest.script.Han;

/**
 * Title words (职务: {@code lexicon/titles.txt}, with academic ranks) and how a run of them before a name reads:
 * where titles end, where their 、-joined list starts, what before them is no part of them, and their notes in
 * brackets ({@code 副局长(主持工作)}).
 */
final class Titles {

    /** Longest first, so that the first to match is the longest. */
    private final List<String> words = titlesAndRanks();
    private final Set<String> ranks = Set.copyOf(Lexicon.words("academic_ranks"));
    private final WordIndex titleIndex = new WordIndex(words);

    /** The title words and ranks, longest first. */
    List<String> words() {
        return words;
    }

    Set<String> ranks() {
        return ranks;
    }

    boolean isTitle(String word) {
        return words.contains(word);
    }

    /** Whether {@code text} ends in a title word (市人大常委会副主任, 记者 does not). */
    boolean endsWithTitle(String text) {
        return words.stream().anyMatch(text::endsWith);
    }

    private static final Pattern CUT_PREFIX = Pattern.compile(".*(?:会议上|会上|会议|召开|出席|主持|参加|的|有(?!限)|和|及|与|由|在|是|了|(?<!应)对(?![外台口标象])|传达学习|传达"
            + "|强调|指出|围绕|对标|理解好?|领会好?|学习(?=[区市县省州镇]委|中央|国务院)|就(?!业))|受(?!理|援)|^(?:最后|首先|随后|其次|接着|图为)"); // 尤其要学习理解中共中央政治局常委…,
            // 最后局党委委员、副局长甲同志…作了点评: an adverb of order before the titles, no comma after it;
            // 受集团党委书记甲委托: on whose behalf, no title; 区纪委监委就该镇原党委书记甲…案件召开: the topic, after 就;
            // 图为新闻办副主任甲主持发布会: a photo's caption opening;
            // 要主动学习对标学校党委书记…, 学习区委书记甲同志在…上的讲话精神: verbs, no title (理论学习中心组组长 keeps 学习)

    private static final int MAX_TITLE_PREFIX = 14;

    /** Sorted offsets right after a title word followed by a Han character (where a name may start). */
    List<Integer> titleEnds(String st) {
        java.util.TreeSet<Integer> ends = new java.util.TreeSet<>();
        titleIndex.forEach(st, (i, t) -> {
            int e = i + t.length();
            e += noteLength(st, e); // 副局长(主持工作)甲: a note in brackets belongs to the title
            if (e < st.length() && Han.is(st.charAt(e))) {
                ends.add(e);
            }
        });
        return new ArrayList<>(ends);
    }

    /**
     * Start of the 、-joined title list ending at {@code e}: each item ends with a title word and may carry up to
     * {@value #MAX_TITLE_PREFIX} Han characters before it (局党组书记, 浙江省生态环境厅党组书记).
     */
    int titlesStart(String st, int e) {
        int pos = e;
        int start = e;
        while (true) {
            String t = titleEndingAt(st, pos);
            if (t == null) {
                return start;
            }
            int k = pos - t.length();
            int limit = Math.max(0, k - MAX_TITLE_PREFIX);
            while (k > limit && Han.is(st.charAt(k - 1))) {
                k--;
            }
            Matcher inviting = INVITING.matcher(st).region(k, pos - t.length());
            while (inviting.find()) {
                k = inviting.end(); // 邀请县委党校副校长…: the verb that brings a guest is not part of the title
            }
            start = k;
            String before = k > 0 && st.charAt(k - 1) == '、' ? titleEndingAt(st, k - 1) : null;
            if (before != null && !ranks.contains(before)) { // 主席甲教授、副主席乙: 教授 is 甲's, no title of 乙's
                pos = k - 1;
            } else {
                return start;
            }
        }
    }

    /**
     * How much of the titles read from {@code from} to {@code to} is no part of them ({@link #CUT_PREFIX}), 0 if none;
     * not a 和 inside a body's name (港澳台侨和外事委员会主任, 文化和旅游局局长), which follows no title and no name after one.
     */
    int prefixCut(String st, int from, int to) {
        Matcher cut = CUT_PREFIX.matcher(st);
        int end = to;
        while (end > from && cut.region(from, end).lookingAt()) {
            int j = cut.end() - 1;
            // …报告精神和省长甲, …报告和县委书记甲: a title (after a level's short body) right after the 和 starts the
            // titles; in a body's name a body follows it
            if (cut.end() == end || st.charAt(j) != '和' || joinsAfterTitle(st, j) || titleAfterAnd(st, j + 1)) {
                return cut.end() - from;
            }
            end = j; // 和 inside a body: an earlier cut, if any
        }
        return 0;
    }

    private static final Pattern LEVEL_BODY = Pattern.compile("[省市县区州镇乡](?:委|政府|人大|政协)?|工会|团委|妇联|党委|纪委");

    /** Whether a title starts at {@code i}, perhaps after a level's or a section's short body (县委书记, 省长, 工会主席). */
    private boolean titleAfterAnd(String st, int i) {
        Matcher body = LEVEL_BODY.matcher(st).region(i, st.length());
        return titleIndex.longestAt(st, i) != null || body.lookingAt() && titleIndex.longestAt(st, body.end()) != null;
    }

    /** Whether what stands before the 和 at {@code j} ends a title or a name after one (副局长甲和办公室主任乙). */
    private boolean joinsAfterTitle(String st, int j) {
        for (int len = 0; len <= 3; len = len == 0 ? 2 : len + 1) {
            if (j - len > 0 && titleEndingAt(st, j - len) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where a group of titles with no name starts when it makes up the whole clause before the comma at
     * {@code tStart - 1} (会上,市委组织部副部长,市人社局局长甲通报…), else -1: the groups are one official's.
     */
    int groupBeforeComma(String st, int tStart) {
        int comma = tStart - 1;
        if (comma < 2 || st.charAt(comma) != ',' || titleEndingAt(st, comma) == null) {
            return -1;
        }
        int clause = ClauseRoles.clauseBefore(st, comma) + 1;
        int start = titlesStart(st, comma);
        if (start != clause || start >= comma) {
            return -1;
        }
        String group = st.substring(start, comma);
        // 由部长甲同志担任组长, 省长乙任组长: a post someone named takes, no title group
        return NAMED_IN_GROUP.matcher(group).find() ? -1 : start;
    }

    private static final Pattern NAMED_IN_GROUP = Pattern.compile("同志|(?<!主)任|由|的");

    private static List<String> titlesAndRanks() {
        List<String> all = new ArrayList<>(Lexicon.words("titles"));
        all.addAll(Lexicon.words("academic_ranks"));
        all.sort(java.util.Comparator.comparingInt(String::length).reversed());
        return List.copyOf(all);
    }

    private static final Pattern INVITING = Pattern.compile("邀请到|邀请|特邀|聘请|请来|请到了?|^请"); // 举行新闻发布会,请…副主任甲介绍; 邀请到…部长甲

    String titleEndingAt(String st, int pos) {
        int end = noteStart(st, pos);
        for (String t : words) {
            if (end - t.length() >= 0 && st.startsWith(t, end - t.length())) {
                return st.substring(end - t.length(), pos);
            }
        }
        return null;
    }

    /** The longest note in brackets a title may carry after it: (主持工作), (正处级), (兼). */
    static final int MAX_NOTE = 6;

    /** The length of a title's note in brackets at {@code at} ((主持工作)), else 0. */
    static int noteLength(String st, int at) {
        if (at >= st.length() || st.charAt(at) != '(') {
            return 0;
        }
        for (int i = at + 1; i < st.length() && i <= at + MAX_NOTE + 1; i++) {
            char c = st.charAt(i);
            if (c == ')') {
                return i > at + 1 ? i + 1 - at : 0;
            }
            if (!Han.is(c)) {
                return 0;
            }
        }
        return 0;
    }

    /** Where a title's note in brackets ending at {@code pos} starts, else {@code pos}. */
    static int noteStart(String st, int pos) {
        if (pos < 1 || st.charAt(pos - 1) != ')') {
            return pos;
        }
        int open = st.lastIndexOf('(', pos - 1);
        return open >= 0 && noteLength(st, open) == pos - open ? open : pos;
    }

    List<String> splitTitles(Doc doc, int start, int end) {
        List<String> out = new ArrayList<>();
        int p = start;
        for (int i = start; i <= end; i++) {
            if (i == end || doc.simp().charAt(i) == '、') {
                if (i > p) {
                    out.add(doc.written(p, i));
                }
                p = i + 1;
            }
        }
        return out;
    }

    /** Whether a title runs on past p (副委员长司马义·艾买提 read at 副委员): p is inside it, no name starts there. */
    boolean insideTitle(String st, int p) {
        int from = Math.max(0, p - MAX_TITLE_PREFIX);
        boolean[] spans = {false};
        titleIndex.forEach(st.substring(from, Math.min(st.length(), p + 3)), (i, t) -> {
            spans[0] |= from + i < p && from + i + t.length() > p;
        });
        return spans[0];
    }
}
