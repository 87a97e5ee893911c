package dev.policygraph.ingest.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.policygraph.ingest.Evidence;
import dev.policygraph.ingest.OfficialRef;
import dev.policygraph.ingest.OrganizationRef;
import dev.policygraph.ingest.Participation;
import dev.policygraph.ingest.Role;
import dev.policygraph.ingest.lexicon.HeadedPattern;
import dev.policygraph.ingest.lexicon.Lexicon;
import dev.policygraph.ingest.lexicon.WordIndex;
import dev.policygraph.ingest.script.Keys;
import dev.policygraph.ingest.segment.Sentence;
import dev.policygraph.ingest.script.Han;
import dev.policygraph.ingest.script.Script;

/**
 * Officials and their roles. Titles come before names and may be lists joined by 、
 * ({@code 局党组成员、副局长王芳、周涛、陈明}: three people, each with both titles). A name must start with a
 * known surname and be followed by 、, punctuation, a role or speech verb. A name without a title counts only
 * when a role verb (主持, 出席) follows and HanLP also tags it as a person name.
 */
public final class OfficialFinder {

    /** Officials in order of first mention, and their roles at the reported meeting. */
    public record Result(List<OfficialRef> officials, List<Participation> participations) {
    }

    private final Pattern untitled;
    private final Organizations orgs;
    private final ClauseRoles clauseRoles = new ClauseRoles();
    private final Titles titles = new Titles();
    private final PersonNames personNames = new PersonNames(titles, clauseRoles.verbs());
    private final TitleBodies bodies;

    public OfficialFinder(Organizations orgs) {
        this.orgs = orgs;
        // 魏某主持会议; 会议由魏某同志主持: an untitled name acting as chair or guest
        untitled = Pattern.compile("(?<=^|[,。;:、 ]|由)(?<name>\\p{IsHan}{2,3}?)(?=(?:同志)?(?:主持|出席|列席))");
        this.bodies = new TitleBodies(orgs, titles);
    }

    public Result find(Doc doc, OrganizationRef convener) {
        return find(doc, sentence -> convener);
    }

    /**
     * The officials and who took part in what; a title that names no body of its own (局长) is of the body that
     * {@code convenerAt} gives for its sentence: the convener of the meeting whose report the sentence is in.
     */
    public Result find(Doc doc, IntFunction<OrganizationRef> convenerAt) {
        Map<String, OfficialRef> byKey = new LinkedHashMap<>();
        List<Participation> parts = new ArrayList<>();
        // 厅党组成员、副厅长甲、乙。院长丙参加会议: a list cut off by a stray full stop, with no verb of its own
        List<OfficialRef> cutOff = new ArrayList<>();
        int cutOffSentence = -2;
        for (Sentence s : doc.sentences()) {
            String st = doc.simp(s);
            OrganizationRef convener = convenerAt.apply(s.index());
            int from = 0;
            // Officials listed one title group after another (副局长甲,二级巡视员乙出席会议) share the verb at the end.
            List<int[]> waiting = new ArrayList<>();
            List<OfficialRef> waitingOfficials = new ArrayList<>();
            int waitingUntil = -1;
            List<OfficialRef> listed = new ArrayList<>();
            List<Role> firstRoles = null;
            boolean opensWithList = false;
            boolean verbless = true;
            int listEnd = -1;
            for (int e : titles.titleEnds(st)) {
                if (e < from) {
                    continue;
                }
                List<int[]> names = new ArrayList<>();
                int p = e;
                int[] n = personNames.name(st, p);
                int nationalTitle = -1; // where the national title starts, when only it let the name be read
                Matcher national = n == null ? NATIONAL_TITLE_END.matcher(st).region(Math.max(0, e - 5), e) : null;
                if (national != null && national.find()) {
                    n = personNames.nameAfterNationalTitle(st, p); // 国务院总理李强的政府工作报告: any word may follow
                    nationalTitle = n == null ? -1 : national.start();
                }
                while (n != null) {
                    names.add(n);
                    p = n[1];
                    n = null;
                    // 甲、乙 / 甲和乙 / 甲及乙 / 甲,、乙 (doubled punctuation in copies)
                    Matcher joiner = NAME_JOINER.matcher(st.substring(p));
                    if (joiner.lookingAt()) {
                        n = personNames.name(st, p + joiner.end());
                        if (n == null && joiner.group().contains("、")) {
                            n = personNames.listedName(st, p + joiner.end()); // 刘斌、开桂兰、方祖中: a rare surname inside a list
                        }
                        if (n != null && !joiner.group().contains("、") && !endsList(st, n[1])) {
                            n = null; // 甲和乙 only inside a list that goes on or ends with its verb
                        }
                    }
                }
                if (names.isEmpty()) {
                    continue;
                }
                int tStart = Math.max(titles.titlesStart(st, e), nationalTitle); // 按照国家主席甲…: the title alone
                int cut = titles.prefixCut(st, tStart, Titles.noteStart(st, e));
                if (cut < Titles.noteStart(st, e) - tStart) {
                    tStart += cut;
                }
                if (tStart > 0 && st.charAt(tStart - 1) == '的' && st.startsWith("领导", tStart) && e == tStart + 2) {
                    continue; // 用党的领导来管人、管事: leadership, a noun, not a title before names
                }
                List<String> titleList = titles.splitTitles(doc, s.start() + tStart, s.start() + e);
                OrganizationRef org = bodies.orgOf(titleList, convener);
                int earlier = titles.groupBeforeComma(st, tStart);
                if (earlier >= 0) { // 省委农办主任,农业农村厅党组书记、厅长甲: the earlier group is the same official's
                    titleList = new ArrayList<>(titles.splitTitles(doc, s.start() + earlier, s.start() + tStart - 1));
                    titleList.addAll(titles.splitTitles(doc, s.start() + tStart, s.start() + e));
                }
                int clauseEnd = ClauseRoles.clauseEnd(st, p);
                // 国务院总理甲的政府工作报告: the name owns what follows, it does nothing here
                List<Role> rs = namedAsObject(st, tStart) || st.startsWith("的", p) ? List.of() : clauseRoles.rolesIn(st, p);
                if (firstRoles == null) {
                    firstRoles = rs;
                    opensWithList = st.substring(0, tStart).isBlank();
                }
                verbless &= rs.isEmpty() && (listEnd < 0 || tStart == listEnd + 1);
                listEnd = p;
                if (!sameSegment(st, waitingUntil, tStart)) {
                    waiting.clear();
                    waitingOfficials.clear();
                }
                for (int i = 0; i < waiting.size() && !rs.isEmpty(); i++) {
                    for (Role r : rs) {
                        parts.add(new Participation(waitingOfficials.get(i).key(), r,
                                doc.evidence(s.start() + waiting.get(i)[0], s.start() + clauseEnd)));
                    }
                }
                if (!rs.isEmpty()) {
                    waiting.clear();
                    waitingOfficials.clear();
                }
                for (int[] nm : names) {
                    String written = doc.written(s.start() + nm[0], s.start() + nm[1]);
                    Evidence ev = doc.evidence(s.start() + tStart, s.start() + nm[1]);
                    OfficialRef o = add(byKey, written, titleList, org, ev);
                    listed.add(o);
                    for (Role r : rs) {
                        parts.add(new Participation(o.key(), r, doc.evidence(s.start() + nm[0], s.start() + clauseEnd)));
                    }
                    // 副局长甲,二级巡视员乙出席 / 副局长甲、总工程师乙结合…谈了体会: the next title group's verb is shared
                    if (rs.isEmpty() && p < st.length() && (groupEnds(st, p, clauseEnd) || sharedJoiner(st, p)
                            || st.charAt(p) == '、')) {
                        waiting.add(nm);
                        waitingOfficials.add(o);
                    }
                }
                waitingUntil = rs.isEmpty() && (clauseEnd == p || groupEnds(st, p, clauseEnd) || sharedJoiner(st, p)
                        || p < st.length() && st.charAt(p) == '、') ? (groupEnds(st, p, clauseEnd) ? clauseEnd : p) + 1 : -1;
                from = p;
            }
            // 市委书记甲,省科协主要负责人出席开幕式并讲话: a last group with no name still shares its verb with the waiting
            Matcher nameless = waiting.isEmpty() || waitingUntil < 0 || waitingUntil >= st.length() ? null
                    : NAMELESS_GROUP.matcher(st).region(waitingUntil, st.length());
            if (nameless != null && nameless.lookingAt() && titles.titleEndingAt(st, nameless.end()) != null) {
                int ce = ClauseRoles.clauseEnd(st, nameless.end());
                for (Role r : clauseRoles.rolesIn(st, nameless.end())) {
                    for (int i = 0; i < waiting.size(); i++) {
                        parts.add(new Participation(waitingOfficials.get(i).key(), r,
                                doc.evidence(s.start() + waiting.get(i)[0], s.start() + ce)));
                    }
                }
            }
            if (cutOffSentence == s.index() - 1 && opensWithList && firstRoles != null && firstRoles.contains(Role.ATTENDED)) {
                for (OfficialRef o : cutOff) {
                    parts.add(new Participation(o.key(), Role.ATTENDED, doc.evidence(s.start(), s.end())));
                }
            }
            boolean cut = opensWithList && verbless && listEnd >= 0 && st.substring(listEnd).strip().equals("。");
            cutOff = cut ? listed : List.of();
            cutOffSentence = cut ? s.index() : -2;
            untitledIn(doc, s, st, byKey, parts);
            comradesIn(doc, s, st, byKey, parts);
            representativesIn(doc, s, st, byKey, parts);
            namedSpeakers(doc, s, st, byKey, parts);
            transcriptHeader(doc, s, st, byKey, parts, convener);
            nameThenTitle(doc, s, st, byKey, parts, convener);
            namesBeforeTitle(doc, s, st, byKey);
            electedIn(doc, s, st, byKey);
            attendanceSentence(doc, s, st, byKey, parts);
            heardReports(doc, s, st, byKey, parts);
        }
        roster(doc, byKey, parts, convenerAt);
        speeches(doc, byKey, parts);
        List<Participation> taking = onePerName(byKey, parts);
        // one title is of the official's body by construction; only a list of titles can hold other bodies
        byKey.replaceAll((k, o) -> o.titles().size() < 2 ? o : o.withBodies(bodies.bodiesOf(o)));
        return new Result(List.copyOf(byKey.values()), dedupe(withoutRelayedSpeakers(doc, byKey, taking)));
    }

    /**
     * One official per name in an article: a name read twice with different bodies (县领导甲 … 副县长、县公安局局长甲)
     * is one person, kept under the first reading that has a body, with every title and part.
     */
    private static List<Participation> onePerName(Map<String, OfficialRef> byKey, List<Participation> parts) {
        Map<String, OfficialRef> byName = new LinkedHashMap<>();
        for (OfficialRef o : byKey.values()) {
            OfficialRef kept = byName.get(o.simplifiedName());
            byName.put(o.simplifiedName(), kept == null ? o : kept.organization() == null && o.organization() != null
                    ? withTitles(o, kept.titles(), true) : withTitles(kept, o.titles(), false));
        }
        if (byName.size() == byKey.size()) {
            return parts;
        }
        Map<String, String> keyOf = new HashMap<>();
        byKey.values().forEach(o -> keyOf.put(o.key(), byName.get(o.simplifiedName()).key()));
        byKey.clear();
        byName.values().forEach(o -> byKey.put(o.key(), o));
        return parts.stream().map(p -> new Participation(keyOf.get(p.officialKey()), p.role(), p.evidence())).toList();
    }

    /** {@code o} with {@code more} titles, before its own or after them. */
    private static OfficialRef withTitles(OfficialRef o, List<String> more, boolean before) {
        List<String> all = new ArrayList<>(before ? more : o.titles());
        (before ? o.titles() : more).stream().filter(t -> !all.contains(t)).forEach(all::add);
        return new OfficialRef(o.name(), o.key(), o.simplifiedName(), List.copyOf(all), o.organization(), o.evidence());
    }

    /** In a clause, before an official's name: what relays; after it: the speech or instruction relayed. */
    private static final Pattern RELAYING = Pattern.compile("传达|学习|贯彻|领会|宣读");
    // 宣读了甲同志的重要讲话和乙主席代表…所作的工作报告, 学习了…上丙检察长所作的《…报告》: 同志 or a title may come between
    private static final Pattern RELAYED_WORDS = Pattern.compile("^(?:[^,。;]{0,40}?(?:讲话|指示|批示|致辞)(?:的)?(?:精神|要求)"
            + "|(?:同志|\\p{IsHan}{1,5}?)?(?:的(?:重要)?(?:讲话|指示|批示)(?=[,。;、和及])"
            + "|(?:代表[^,。;]{0,30}?)?所?[作做]的?《?[^,。;《》]{0,16}报告))"); // 学习了…市长甲所作的《政府工作报告》: the author of a report studied

    /**
     * The author of a speech, instruction or report the meeting relays (会议学习了张某局长在会上的讲话精神。张某局长强调,…;
     * 学习了…市长甲所作的《政府工作报告》) is
     * quoted, not speaking here: what he said is reported under his name. He keeps a role only when he also chairs.
     */
    private static List<Participation> withoutRelayedSpeakers(Doc doc, Map<String, OfficialRef> byKey,
            List<Participation> parts) {
        java.util.Set<String> authors = new java.util.HashSet<>();
        String simp = doc.simp();
        for (OfficialRef o : byKey.values()) {
            String name = mention(o);
            for (int at = simp.indexOf(name); at >= 0; at = simp.indexOf(name, at + 1)) {
                int clause = ClauseRoles.clauseBefore(simp, at) + 1;
                if (Regions.find(RELAYING, simp, clause, at)
                        && Regions.lookingAt(RELAYED_WORDS, simp, at + name.length(), simp.length())) {
                    authors.add(o.key());
                    break;
                }
            }
        }
        // 县委副书记甲出席会议并讲话。会议传达学习了…甲同志批示要求: present, so his speech is this meeting's too
        java.util.Set<String> present = new java.util.HashSet<>();
        parts.stream().filter(p -> p.role() == Role.CHAIRED || p.role() == Role.ATTENDED)
                .forEach(p -> present.add(p.officialKey()));
        return parts.stream().filter(p -> !authors.contains(p.officialKey()) || present.contains(p.officialKey())).toList();
    }

    /**
     * 其次,由甲副局长、乙副局长分别传达…: 由 hands the act to the officials named after it, as 会议由 does; 一是甲传达…:
     * an agenda's item names who acts.
     */
    private static final HeadedPattern CLAUSE_OPENING = HeadedPattern.compile("(?=[会同随最此在首其然接再由下现请一二三四五六七八九十,:])"
            + "(?:会上|会议上|会中|同时|随后|最后|此外|会议期间|在会上|在[^,。;:]{1,10}?会上|会议由|"
            + "(?:首先|其次|然后|接着|再)?由|(?:下面|现在)?(?:首先)?请|[一二三四五六七八九十]是)?[,:]?");
    /** 他强调, 她在讲话中指出: a pronoun that opens a clause stands for the official named last before it. */
    private static final Pattern PRONOUN = Pattern.compile("^[他她](?!们)");
    /** How far back (characters) a pronoun or a bare title looks for the official it stands for. */
    private static final int REFERENT_REACH = 400;

    /**
     * {@code 辛世杰要求}, {@code 赵楠强调}, {@code 钟奇志局长指出}: an official already introduced who opens a clause and
     * speaks there spoke at the meeting the passage reports. So do the officials of a list sharing one verb
     * ({@code 甲、乙分别就…作发言}), the one a pronoun stands for ({@code 他强调}: the official named last) and the one
     * a bare title stands for ({@code 局长指出}, {@code 韦局长在讲话中}: the only official introduced with that title).
     */
    private void speeches(Doc doc, Map<String, OfficialRef> byKey, List<Participation> parts) {
        Sentence previous = null;
        for (Sentence s : doc.sentences()) {
            String st = doc.simp(s);
            if (previous != null && GOES_ON_AFTER_STOP.matcher(st).lookingAt()) {
                OfficialRef subject = openingSubject(doc.simp(previous), byKey);
                if (subject != null) { // 副县长甲对…进行了充分肯定。并提出:…: a stray full stop inside one speech
                    parts.add(new Participation(subject.key(), Role.SPOKE, doc.evidence(s.start(), s.end())));
                }
            }
            previous = s;
            HeadedPattern.Scan opening = CLAUSE_OPENING.scan(st);
            for (int c = 0; c < st.length(); c++) {
                if (c > 0 && ",;:。".indexOf(st.charAt(c - 1)) < 0) {
                    continue;
                }
                int at = opening.lookingAt(c) ? opening.matcher().end() : c; // without its head, only an empty opening
                List<OfficialRef> subjects = new ArrayList<>();
                int end = namesOpening(st, at, byKey, subjects);
                if (subjects.isEmpty()) {
                    end = referentOpening(doc, s.start(), st, at, byKey, subjects);
                }
                if (subjects.isEmpty()) {
                    continue;
                }
                String rest = st.substring(end);
                if (rest.startsWith("先生") || rest.startsWith("女士")) {
                    rest = rest.substring(2); // 请甲先生作介绍: a press conference's host gives the floor
                }
                String title = AFTER_TITLES.longestAt(rest, 0);
                if (title != null) {
                    rest = rest.substring(title.length());
                }
                rest = rest.substring(countedTitleEnd(rest)); // 甲、乙两位副局长分别汇报了…
                // 王良永主持会议, 辛世杰要求: a bare name opening a clause acts as the clause says
                List<Role> acts = new ArrayList<>(clauseRoles.rolesIn(rest, 0));
                if (ClauseRoles.speechFollows(rest) && !acts.contains(Role.SPOKE)) {
                    acts.add(Role.SPOKE);
                }
                for (OfficialRef o : subjects) {
                    for (Role r : acts) {
                        parts.add(new Participation(o.key(), r,
                                doc.evidence(s.start() + at, s.start() + Math.min(st.length(), end + 4))));
                    }
                }
            }
        }
    }

    /** A sentence that goes on with the previous one's subject, 并提出:, 并强调: its full stop was a slip. */
    private static final Pattern GOES_ON_AFTER_STOP = Pattern.compile("^并(?:提出|强调|指出|要求)");
    /** How far into a sentence its subject's name may start (副县长甲, 县委副书记乙). */
    private static final int SUBJECT_REACH = 12;

    /** The known official named first, within {@value #SUBJECT_REACH} characters of the sentence's start, or null. */
    private static OfficialRef openingSubject(String st, Map<String, OfficialRef> byKey) {
        OfficialRef first = null;
        int firstAt = SUBJECT_REACH + 1;
        for (OfficialRef o : byKey.values()) {
            String name = mention(o);
            int at = name.length() < 2 ? -1 : st.indexOf(name);
            if (at >= 0 && at < firstAt && st.substring(0, at).chars().allMatch(Han::is)) {
                first = o;
                firstAt = at;
            }
        }
        return first;
    }

    private static final Pattern LIST_JOINER = Pattern.compile("^(?:、|和|与|及)");

    /**
     * Known officials named at {@code at}, one or a list (甲、乙 / 甲和乙), each name perhaps followed by its title
     * (甲局长、乙处长); adds them to {@code out} and returns where the list ends.
     */
    private static int namesOpening(String st, int at, Map<String, OfficialRef> byKey, List<OfficialRef> out) {
        int p = at;
        while (true) {
            OfficialRef found = null;
            for (OfficialRef o : byKey.values()) {
                String name = mention(o);
                if (name.length() >= 2 && st.startsWith(name, p)
                        && (found == null || name.length() > mention(found).length())) {
                    found = o;
                }
            }
            if (found == null) {
                return out.isEmpty() ? at : p;
            }
            if (!out.contains(found)) {
                out.add(found);
            }
            p += mention(found).length();
            int afterName = p;
            String title = AFTER_TITLES.longestAt(st, p);
            if (title != null) {
                p += title.length();
            }
            Matcher joiner = LIST_JOINER.matcher(st.substring(p));
            if (!joiner.lookingAt()) {
                // the first name alone: its title is read by the caller, as before
                return out.size() == 1 ? afterName : p;
            }
            int next = p + joiner.end();
            boolean more = byKey.values().stream()
                    .anyMatch(o -> mention(o).length() >= 2 && st.startsWith(mention(o), next));
            if (!more) {
                return out.size() == 1 ? afterName : p;
            }
            p = next;
        }
    }

    /**
     * The official a pronoun (他, 她) or a bare title (局长, 韦局长) opening a clause at {@code at} stands for: for a
     * pronoun the official named last within {@value #REFERENT_REACH} characters before; for a title the only official
     * introduced with it (副局长 is not 局长) whose name, if a surname is written, starts with it. Adds it to
     * {@code out} and returns where the pronoun or title ends.
     */
    private int referentOpening(Doc doc, int sentenceStart, String st, int at, Map<String, OfficialRef> byKey,
            List<OfficialRef> out) {
        int pos = sentenceStart + at;
        if (Regions.lookingAt(PRONOUN, st, at, st.length())) {
            OfficialRef last = null;
            int lastAt = -1;
            for (OfficialRef o : byKey.values()) {
                String name = mention(o);
                if (name.length() < 2) {
                    continue;
                }
                for (int i = doc.simp().lastIndexOf(name, pos - 1); i > lastAt && i >= pos - REFERENT_REACH;
                        i = doc.simp().lastIndexOf(name, i - 1)) {
                    if (actsAt(doc.simp(), i)) {
                        last = o;
                        lastAt = i;
                        break;
                    }
                }
            }
            if (last != null) {
                out.add(last);
                return at + 1;
            }
            return at;
        }
        for (int surname = 0; surname <= 1; surname++) {
            String lead = st.substring(at, Math.min(st.length(), at + surname));
            if (surname == 1 && !personNames.isSurname(lead)) {
                continue;
            }
            String word = AFTER_TITLES.longestAt(st, at + surname);
            if (word == null || word.equals("同志")) {
                continue;
            }
            OfficialRef named = namedAt(st, at + surname + word.length(), byKey);
            List<OfficialRef> holders = byKey.values().stream()
                    .filter(o -> o.simplifiedName().startsWith(lead) && o.evidence() != null
                            && o.evidence().start() < pos && holds(o, word, lead.isEmpty()))
                    .toList();
            if (holders.size() == 1 && (named == null || named == holders.get(0))) { // 副县长乙主持: 乙's title, no 甲's
                out.add(holders.get(0));
                return at + surname + word.length();
            }
        }
        return at;
    }

    /** The official whose name (two characters or more) starts at {@code i}, else null. */
    private static OfficialRef namedAt(String st, int i, Map<String, OfficialRef> byKey) {
        for (OfficialRef o : byKey.values()) {
            String name = mention(o);
            if (name.length() >= 2 && st.startsWith(name, i)) {
                return o;
            }
        }
        return null;
    }

    private static final Pattern NOT_A_SUBJECT = Pattern.compile("传达|学习|贯彻|落实|按照|根据|以|《|在|向|对|听取");

    /**
     * A mention at {@code i} that can be what a later pronoun stands for: the subject of its clause, not the source
     * of what was relayed ({@code 传达了市委书记郭文海…的讲话}, {@code 以习近平同志为核心}).
     */
    private static boolean actsAt(String simp, int i) {
        int c = i;
        while (c > 0 && ",;:。!?\n".indexOf(simp.charAt(c - 1)) < 0 && i - c < 40) {
            c--;
        }
        String before = simp.substring(c, i);
        return !NOT_A_SUBJECT.matcher(before).find();
    }

    /**
     * The official was introduced with this title word; a bare title is not a deputy's (副局长 is not 局长), but
     * with the surname written it may be (孔局长 for 副局长孔某, as deputies are addressed).
     */
    private static boolean holds(OfficialRef o, String word, boolean bare) {
        return o.titles().stream().map(Script::simplify)
                .anyMatch(t -> t.endsWith(word) && !(bare && t.endsWith("副" + word)));
    }

    private static final Pattern HEARD = Pattern.compile("听取|审议");
    private static final Pattern EARLIER_DAY = Pattern.compile("昨日|昨天|前天|此前");
    private static final Pattern MADE_REPORT = Pattern.compile("^(?:[、和及]\\p{IsHan}{2,8}?)*(?:同志)?(?:代表[^,。;]{1,12}?)?(?:所?[作做]的|关于[^,。;]{0,40}?的|的)[^。;]{0,40}?(?:报告|汇报|讲话|发言|说明)|^(?:同志)?所?[作做]的“”");

    /**
     * {@code 会议听取了王某局长(所)做的工作报告}: whoever made the report the meeting heard or deliberated spoke there,
     * each of a list too ({@code 听取了督导组组长甲、乙关于…的汇报}).
     * Only after 听取 or 审议 in the clause: {@code 刘某书记所作的报告,总结了…} names a report made elsewhere.
     */
    private static void heardReports(Doc doc, Sentence s, String st, Map<String, OfficialRef> byKey,
            List<Participation> parts) {
        if (st.indexOf('的') < 0 || !HEARD.matcher(st).find()) {
            return;
        }
        for (OfficialRef o : byKey.values()) {
            String name = mention(o);
            for (int at = name.length() < 2 ? -1 : st.indexOf(name); at >= 0; at = st.indexOf(name, at + 1)) {
                int c = at;
                while (c > 0 && ",;:。".indexOf(st.charAt(c - 1)) < 0) {
                    c--;
                }
                Matcher heard = HEARD.matcher(st.substring(c, at));
                if (!heard.find() || Regions.find(EARLIER_DAY, st, c, c + heard.start())) {
                    continue; // 昨日听取了国务院总理甲的政府工作报告: heard at another sitting, the day before
                }
                String rest = st.substring(at + name.length());
                String title = AFTER_TITLES.longestAt(rest, 0);
                if (title != null) {
                    rest = rest.substring(title.length());
                }
                if (MADE_REPORT.matcher(ClauseRoles.unquoted(rest)).lookingAt()) {
                    parts.add(new Participation(o.key(), Role.SPOKE, doc.evidence(s.start() + c, s.start() + at + name.length())));
                    break;
                }
            }
        }
    }

    /**
     * 甲、乙、丙等同志先后作了交流发言: untitled names listed as comrades open a clause and act as it says; so do names
     * closed by 等, or by nothing, before an attendance verb (甲、乙、丙等出席了会议并发表了意见; 甲、乙出席会议).
     */
    private static final Pattern COMRADES = Pattern.compile("(?<list>\\p{IsHan}{2,3}(?:、\\p{IsHan}{1,2}[\\p{IsHan}&&[^等]])+)"
            + "(?:等?同志|等?(?=(?:分别|也|还|均)?(?:出席|参加|列席))" // 甲、乙、丙也出席了会议
            // 甲、乙、丙等15位院士(和…等)参加了本次会议: counted, and who they are, before the verb
            + "|等(?:\\d{1,3}|[两二三四五六七八九十]{1,3})(?:位|名)[^,。;:、]{0,30}?(?=(?:分别|也|还|均)?(?:出席|参加|列席)))");
    /** 以及甲、乙、丙等出席大会: the last group of a sentence's attendees, joined on with 以及. */
    private static final Pattern LIST_CONJUNCTION = Pattern.compile("以及|及");

    private void comradesIn(Doc doc, Sentence s, String st, Map<String, OfficialRef> byKey, List<Participation> parts) {
        if (st.indexOf('、') < 0 || nextClosing(st, 0) < 0) {
            return; // every list the pattern reads holds one, and ends in one of CLOSINGS
        }
        Matcher c = COMRADES.matcher(st);
        int searched = 0;
        while (true) {
            // only the clauses that hold a closing word are searched, each once: most long sentences hold none
            int verb = nextClosing(st, searched);
            if (verb < 0) {
                break;
            }
            int regionStart = Math.max(searched, ClauseRoles.clauseBefore(st, verb) + 1);
            searched = Math.min(st.length(), verb + 2);
            Matcher conjunction = LIST_CONJUNCTION.matcher(st).region(regionStart, searched);
            int afterConjunction = -1;
            if (conjunction.lookingAt()) {
                regionStart = conjunction.end();
                afterConjunction = regionStart;
            }
            c.region(regionStart, searched);
            if (!c.find()) {
                continue;
            }
            // the list opens its clause, or follows the body its names belong to (县工作专班甲、乙等同志到会指导)
            int clauseStart = Math.max(ClauseRoles.clauseBefore(st, c.start()) + 1, afterConjunction);
            int listStart = c.start();
            if (listStart - 1 > clauseStart && st.charAt(listStart - 1) == '的') {
                clauseStart = listStart; // 在黑龙江省工作的甲、乙等: who they are, said before them, is no body
            }
            if (listStart > clauseStart && !orgs.looksLikeBody(st.substring(clauseStart, listStart))
                    && st.indexOf('、', listStart) == listStart + 3) {
                listStart++; // 专班刘博、…: the body's last character, then a name of two
            }
            String body = st.substring(clauseStart, listStart);
            String list = st.substring(listStart, c.end("list"));
            if (!body.isEmpty() && !orgs.looksLikeBody(body)) {
                continue;
            }
            List<Role> rs = clauseRoles.rolesIn(st, c.end());
            if (rs.isEmpty()) {
                continue;
            }
            String[] names = list.split("、");
            boolean all = true;
            for (String n : names) {
                // 布赫: a surname the lexicon lacks, which the segmenter knows as a name
                all &= known(byKey, n) != null || personNames.surnameLed(n) || PersonNames.personName(st, n);
            }
            boolean person = false; // 同志 says they are people: one name the segmenter knows is enough
            for (int i = 0; all && !person && i < names.length; i++) {
                person = known(byKey, names[i]) != null || PersonNames.personName(st, names[i]); // the segmenter last: it costs most
            }
            if (!all || !person) {
                continue; // one item is no name: a list of something else
            }
            // 县工作专班甲、乙等同志: the body before the list is their title and body
            String bodyWritten = doc.written(s.start() + clauseStart, s.start() + listStart);
            List<String> titles = body.isEmpty() ? List.of() : List.of(bodyWritten);
            OrganizationRef org = body.isEmpty() ? null : orgs.of(bodyWritten);
            int at = listStart;
            for (String n : names) {
                int from = st.indexOf(n, at);
                at = from + n.length();
                OfficialRef o = knownOrAdded(doc, byKey, s.start() + from, s.start() + at, titles, org);
                for (Role r : rs) {
                    parts.add(new Participation(o.key(), r, doc.evidence(s.start() + c.start(), s.start() + ClauseRoles.clauseEnd(st, c.end()))));
                }
            }
        }
    }

    /**
     * Names then the office they were elected or appointed to: 甲当选为妇联主席, 乙、丙当选为副主席, 表决通过了丁、戊任县妇联
     * 副主席, 选举己为某镇人民政府副镇长, 宣读任免文件:庚任某厅党组书记、厅长. The office runs to the clause's end, or
     * to the first of its titles, and must end in a title.
     */
    private static final Pattern ELECTED = Pattern.compile("(?:(?<=^|[,。;:\\s])(?<elected>\\p{IsHan}{2,3}(?:、\\p{IsHan}{2,3})*)当选为?"
            + "|(?:选举|通过了?|任命|推选|(?<=任免|任职|任命)(?:文件|决定|通知)[::])(?<appointed>\\p{IsHan}{2,3}(?:、\\p{IsHan}{2,3})*)"
            + "(?:等(?:\\d{1,3}|[两二三四五六七八九十]{1,3})(?:位|名)(?:同志)?)?(?:任|为))(?<office>[^,。;、:\\s]{2,24})(?=[,。;:、\\s]|$)");

    /** 会议决定大会副秘书长由甲、乙、丙等3位同志担任: an office, then the names that hold it. */
    private static final Pattern HELD_BY = Pattern.compile("(?<=^|[,。;:\\s]|决定|同意)(?<office>(?:(?!决定|同意)[^,。;、:\\s]){2,24}?)由"
            + "(?<appointed>\\p{IsHan}{2,3}(?:、\\p{IsHan}{2,3})*)(?:等(?:\\d{1,3}|[两二三四五六七八九十]{1,3})(?:位|名)(?:同志)?)?担任");

    private void electedIn(Doc doc, Sentence s, String st, Map<String, OfficialRef> byKey) {
        if (!st.contains("当选") && !st.contains("选举") && !st.contains("通过") && !st.contains("任命") && !st.contains("推选")
                && !st.contains("担任") && !st.contains("任免") && !st.contains("任职")) {
            return; // the words the patterns need; most sentences hold none
        }
        appointed(doc, s, st, byKey, ELECTED.matcher(st));
        if (st.contains("担任")) {
            appointed(doc, s, st, byKey, HELD_BY.matcher(st));
        }
    }

    private void appointed(Doc doc, Sentence s, String st, Map<String, OfficialRef> byKey, Matcher m) {
        while (m.find()) {
            String group = m.pattern() == ELECTED && m.group("elected") != null ? "elected" : "appointed";
            String office = m.group("office");
            String[] names = m.group(group).split("、");
            boolean all = titles.endsWithTitle(office);
            for (String n : names) {
                all &= known(byKey, n) != null || personNames.surnameLed(n);
            }
            if (!all) {
                continue;
            }
            List<String> titleList = List.of(doc.written(s.start() + m.start("office"), s.start() + m.end("office")));
            OrganizationRef org = bodies.orgOf(Keys.canonical(office), titleList.get(0), null);
            int at = m.start(group);
            for (String n : names) {
                int from = st.indexOf(n, at);
                at = from + n.length();
                if (known(byKey, n) == null) {
                    add(byKey, doc.written(s.start() + from, s.start() + at), titleList, org,
                            doc.evidence(s.start() + from, s.start() + m.end()));
                }
            }
        }
    }

    private static final String[] CLOSINGS = {"同志", "出席", "参加", "列席"};

    /** The first of {@link #CLOSINGS} at or after {@code from}, or -1. */
    private static int nextClosing(String st, int from) {
        int first = -1;
        for (String w : CLOSINGS) {
            int i = st.indexOf(w, from);
            if (i >= 0 && (first < 0 || i < first)) {
                first = i;
            }
        }
        return first;
    }

    /**
     * 甲单位党支部张某、乙协会党支部李某分别作交流发言: speakers named by the body they speak for, one list sharing the verb;
     * a count and what they are may stand between the list and the verb (甲中心校徐某、乙中心校郑某两位获奖老师代表分别作了交流发言).
     */
    private static final Pattern REPRESENTATIVES = Pattern.compile("(?<=^|[,。;:])(?<list>[^,。;:、]{4,40}(?:、[^,。;:、]{4,40}?)+)"
            + "(?:等同志|等)?(?:[两二三四五六七八九十]位[^,。;:、]{0,10}?)?(?:分别|先后|依次)(?:作|做|进行)了?(?:交流|表态|典型|经验)?发言");
    /** How the body before a representative's name ends. */
    private static final Pattern REPRESENTED = Pattern.compile("(?:支部|总支|党委|党组|委员会|会|局|委|办|院|中心|公司|所|站|队|镇|街道|村|社区|校)$");

    private void representativesIn(Doc doc, Sentence s, String st, Map<String, OfficialRef> byKey,
            List<Participation> parts) {
        if (!st.contains("发言") || st.indexOf('、') < 0) {
            return;
        }
        Matcher r = REPRESENTATIVES.matcher(st);
        while (r.find()) {
            List<int[]> names = new ArrayList<>();
            int at = r.start("list");
            for (String item : r.group("list").split("、")) {
                int[] name = null;
                for (int len : new int[] {3, 2}) {
                    String cand = item.length() > len ? item.substring(item.length() - len) : null;
                    String body = cand == null ? null : item.substring(0, item.length() - len);
                    if (cand != null && cand.chars().allMatch(Han::is) && personNames.surnameLed(cand)
                            && REPRESENTED.matcher(body).find()) {
                        name = new int[] {at + body.length(), at + item.length()};
                        break;
                    }
                }
                if (name == null) {
                    names.clear();
                    break; // one item is no body and name: a list of something else
                }
                names.add(name);
                at += item.length() + 1;
            }
            // the list's form says these are people; one name HanLP or the article knows is enough to be sure
            if (names.stream().noneMatch(n -> known(byKey, st.substring(n[0], n[1])) != null
                    || PersonNames.personName(st, st.substring(n[0], n[1])))) {
                continue;
            }
            int ce = ClauseRoles.clauseEnd(st, r.start());
            for (int[] n : names) {
                OfficialRef o = knownOrAdded(doc, byKey, s.start() + n[0], s.start() + n[1], List.of(), null);
                parts.add(new Participation(o.key(), Role.SPOKE, doc.evidence(s.start() + r.start(), s.start() + ce)));
            }
        }
    }

    /**
     * 甲、乙、丙等市人大代表、市政协委员,围绕…等话题,踊跃发言; 甲、乙等代表先后发言: bare names before 等 and who they are,
     * one speech for all (a comma-bounded aside between them and the verb); 甲、乙、丙作交流发言, 甲、乙、丙分别发言: a list
     * with no 等; 甲、乙等(同志)作交流发言, 甲、乙、丙、丁四位同志作学习交流发言; 甲、乙、丙交流学习心得体会: what each learnt, told.
     */
    private static final Pattern NAMED_SPEAKERS = Pattern.compile("(?<=^|[,。;:])(?<list>\\p{IsHan}{2,3}(?:、\\p{IsHan}{2,3}(?<!等))+)(?:(?:等"
            + "(?:[^,。;:]{0,24}?(?:代表|委员|企业家|负责人|负责同志|人士|专家|学者)(?:[^,。;:]{0,30}?|,[^,。;:]{2,80},))?"
            + "(?:(?:分别|先后|依次|相继|踊跃|积极|纷纷)(?:作|做|进行)?|作|做|进行)|(?:分别|先后|依次|相继)(?:作|做|进行)?|(?:等(?:同志)?)?(?:[两二三四五六七八九十\\d]{1,2}(?:位|名)(?:同志)?)?(?:作|做|进行))了?"
            + "(?:(?:学习)?(?:交流|表态|典型|经验)?发言|建言献策|(?<=(?:分别|先后|依次)[作做])工作安排)" // 甲、乙分别做工作安排
            + "|(?:等(?:同志)?)?(?:分别|先后|依次|相继)?交流了?[^,。;]{0,6}?(?:心得|体会|感受)"
            + "|(?:围绕|就)[^,。;:]{2,40}?(?:协商)?建言(?:献策|资政)?)"); // 甲、乙、丙围绕…等协商建言

    /**
     * 甲、乙、丙等26位专家学者、省政府参事结合各自工作,就…等方面提出意见建议: names, who they are, then what they
     * proposed, each in its own words.
     */
    private static final Pattern NAMED_ADVISERS = Pattern.compile("(?<=^|[,。;:])(?<list>\\p{IsHan}{2,3}(?:、\\p{IsHan}{2,3})+)等"
            + "[^,。;:]{0,60}?(?:,[^,。;:]{0,16}?)?(?:(?:就|围绕|对)[^。;:]{2,80}?提出了?[^,。;]{0,6}?(?:意见|建议)"
            + "|畅谈|谈了?[^,。;]{0,8}?(?:体会|感受|认识|看法)" // …等14位列席的代表,结合履职实际畅谈感受
            + "|分别(?:介绍|汇报|发言))"); // 甲、乙等10位院士专家围绕…等问题,分别介绍各组调研成果

    private static final int LONG_NAME_LIST = 5;

    /** 朗华供应链甲、安多福乙、一体投资丙等民营企业代表纷纷发言: each speaker named after the firm he comes from. */
    private static final Pattern FIRMS_AND_NAMES = Pattern.compile("(?<=^|[,。;:])(?<list>\\p{IsHan}{2,12}(?:、\\p{IsHan}{2,12}){2,})等"
            + "[^,。;:]{0,16}?(?:企业|企业家|代表)[^,。;:]{0,6}?(?:纷纷|先后|踊跃|依次|分别|相继)?(?:[作做]了?|进行了?)?(?:交流)?发言");

    private void namedSpeakers(Doc doc, Sentence s, String st, Map<String, OfficialRef> byKey,
            List<Participation> parts) {
        if (st.indexOf('、') < 0) {
            return;
        }
        if (st.contains("发言") || st.contains("建言") || st.contains("工作安排") || st.contains("交流")) {
            listedSpeakers(doc, s, st, byKey, parts, NAMED_SPEAKERS.matcher(st));
        }
        if (st.contains("发言")) {
            firmSpeakers(doc, s, st, byKey, parts);
        }
        // the words NAMED_ADVISERS needs: 提出…意见/建议, 畅谈, 谈…体会/感受/认识/看法 (not every 座谈), 分别介绍/汇报
        boolean told = st.contains("谈") && (st.contains("畅谈") || st.contains("体会") || st.contains("感受")
                || st.contains("认识") || st.contains("看法"));
        boolean inTurn = st.contains("分别");
        if (st.contains("提出") && (st.contains("意见") || st.contains("建议")) || told || inTurn) {
            listedSpeakers(doc, s, st, byKey, parts, NAMED_ADVISERS.matcher(st));
        }
    }

    /**
     * Each item of a list of firms and their people ({@link #FIRMS_AND_NAMES}) that ends in a name HanLP reads speaks,
     * when two items in three do: a list of firms alone names no one.
     */
    private void firmSpeakers(Doc doc, Sentence s, String st, Map<String, OfficialRef> byKey, List<Participation> parts) {
        Matcher r = FIRMS_AND_NAMES.matcher(st);
        while (r.find()) {
            String[] items = r.group("list").split("、");
            if (Arrays.stream(items).allMatch(i -> i.length() <= 3)) {
                continue; // names alone: NAMED_SPEAKERS reads them
            }
            List<int[]> names = new ArrayList<>();
            int at = r.start("list");
            for (String item : items) {
                for (int len = 3; len >= 2; len--) {
                    String cand = item.length() >= len ? item.substring(item.length() - len) : null;
                    if (cand != null && personNames.surnameLed(cand) && PersonNames.personName(st, cand)) {
                        names.add(new int[] {at + item.length() - len, at + item.length()});
                        break;
                    }
                }
                at += item.length() + 1;
            }
            if (3 * names.size() >= 2 * items.length) {
                eachSpeaks(doc, s, st, byKey, parts, r, names);
            }
        }
    }

    /** Each list of names the matcher finds (group {@code list}) speaks, when the list is one of people. */
    private void listedSpeakers(Doc doc, Sentence s, String st, Map<String, OfficialRef> byKey,
            List<Participation> parts, Matcher r) {
        while (r.find()) {
            String[] items = r.group("list").split("、");
            int odd = 0;
            boolean sure = false;
            for (String item : items) {
                boolean led = personNames.surnameLed(item);
                odd += led ? 0 : 1;
                sure |= known(byKey, item) != null || led && PersonNames.personName(st, item);
            }
            // one item without a surname of the lexicon in a long list of names is a name too (释心照, a monk's)
            boolean names = odd == 0 || odd == 1 && items.length >= LONG_NAME_LIST;
            if (!names || !sure) {
                continue; // 成都、金堂等…: a list of places; one name HanLP or the article knows makes it people
            }
            List<int[]> spans = new ArrayList<>();
            int at = r.start("list");
            for (String item : items) {
                spans.add(new int[] {at, at + item.length()});
                at += item.length() + 1;
            }
            eachSpeaks(doc, s, st, byKey, parts, r, spans);
        }
    }

    /** Each name at a span of the sentence speaks, the whole listed act to its clause's end the evidence. */
    private void eachSpeaks(Doc doc, Sentence s, String st, Map<String, OfficialRef> byKey, List<Participation> parts,
            Matcher listed, List<int[]> names) {
        int ce = ClauseRoles.clauseEnd(st, listed.end() - 1);
        for (int[] n : names) {
            OfficialRef o = knownOrAdded(doc, byKey, s.start() + n[0], s.start() + n[1], List.of(), null);
            parts.add(new Participation(o.key(), Role.SPOKE, doc.evidence(s.start() + listed.start(), s.start() + ce)));
        }
    }

    /** A transcript's speaker line, title and name apart and a colon after: 国家统计局新闻发言人 甲:. */
    private static final Pattern TRANSCRIPT_HEADER = Pattern.compile("^\\s*(?<title>[^\\s,。:;!?]{2,40}?)[ \\u3000]+"
            + "(?<name>\\p{IsHan}{2,3})[ \\u3000]*:");

    private static final Pattern HOST = Pattern.compile("主[ \\u3000]*持[ \\u3000]*人");

    private void transcriptHeader(Doc doc, Sentence s, String st, Map<String, OfficialRef> byKey,
            List<Participation> parts, OrganizationRef convener) {
        if (st.indexOf(':') < 0) {
            return;
        }
        Matcher h = TRANSCRIPT_HEADER.matcher(st);
        if (!h.lookingAt() || !personNames.surnameLed(h.group("name"))) {
            return;
        }
        String title = h.group("title");
        if (HOST.matcher(title).matches()) {
            // 主持人 甲: the host of a press conference's transcript chairs it; the field is no title of his
            OfficialRef host = known(byKey, h.group("name"));
            if (host == null) {
                host = add(byKey, doc.written(s.start() + h.start("name"), s.start() + h.end("name")), List.of(), null,
                        doc.evidence(s.start() + h.start("title"), s.start() + h.end("name")));
            }
            parts.add(new Participation(host.key(), Role.CHAIRED, doc.evidence(s.start() + h.start("title"), s.start() + h.end())));
            return;
        }
        if (!titles.endsWithTitle(title)) {
            return; // only a title heads a speaker's words (not 记者 甲: a byline, not 来源 甲:)
        }
        String written = doc.written(s.start() + h.start("title"), s.start() + h.end("title"));
        OfficialRef o = known(byKey, h.group("name"));
        if (o == null) {
            o = add(byKey, doc.written(s.start() + h.start("name"), s.start() + h.end("name")),
                    titles.splitTitles(doc, s.start() + h.start("title"), s.start() + h.end("title")),
                    bodies.orgOf(Keys.canonical(written), written, convener),
                    doc.evidence(s.start() + h.start("title"), s.start() + h.end("name")));
        }
        parts.add(new Participation(o.key(), Role.SPOKE, doc.evidence(s.start() + h.start("title"), s.start() + h.end())));
    }

    /** A transcript's roster field: 主持人: 甲   title; 嘉  宾: 乙   title (more guests on the lines after it). */
    private static final Pattern ROSTER_FIELD = Pattern.compile("^\\s*(?<field>" + HOST.pattern() + "|嘉[ \\u3000]*宾)"
            + "[ \\u3000]*:[ \\u3000]*");
    /** A roster line: a name (perhaps padded, 许  伟), a wide gap, its titles. */
    private static final Pattern ROSTER_LINE = Pattern.compile("\\s*(?<name>\\p{IsHan}(?:[ \\u3000]{0,3}\\p{IsHan}){1,2})"
            + "[ \\u3000]{2,}(?<title>[^\\s,。:;!?]{2,60})\\s*$");

    /**
     * A transcript's roster before the words: 主持人: 甲   国家卫生健康委新闻发言人 chairs; 嘉  宾: 乙   某省某厅副厅长
     * and each name and title on the lines after it attend. Each title must end in a known title word.
     */
    private void roster(Doc doc, Map<String, OfficialRef> byKey, List<Participation> parts,
            IntFunction<OrganizationRef> convenerAt) {
        Role role = null;
        for (Sentence s : doc.sentences()) {
            String st = doc.simp(s);
            Matcher f = ROSTER_FIELD.matcher(st);
            int from = 0;
            if (f.lookingAt()) {
                role = f.group("field").startsWith("主") ? Role.CHAIRED : Role.ATTENDED;
                from = f.end();
            } else if (role != Role.ATTENDED) {
                role = null; // only guests go on over lines
                continue;
            }
            Matcher l = ROSTER_LINE.matcher(st).region(from, st.length());
            if (role == null || !l.lookingAt()) {
                role = null;
                continue;
            }
            String name = l.group("name").replace(" ", "").replace("\u3000", "");
            String title = l.group("title");
            String last = title.substring(title.lastIndexOf('、') + 1);
            if (!personNames.surnameLed(name) || !titles.endsWithTitle(last)) {
                role = null;
                continue;
            }
            List<String> titleList = titles.splitTitles(doc, s.start() + l.start("title"), s.start() + l.end("title"));
            String written = doc.written(s.start() + l.start("name"), s.start() + l.end("name")).replace(" ", "").replace("\u3000", "");
            OfficialRef o = known(byKey, name);
            if (o == null) {
                o = add(byKey, written, titleList, bodies.orgOf(titleList, convenerAt.apply(s.index())),
                        doc.evidence(s.start() + l.start("name"), s.start() + l.end("title")));
            }
            parts.add(new Participation(o.key(), role, doc.evidence(s.start(), s.end())));
        }
    }

    /** 张某说,…; 董某表示…: an untitled name opening a sentence, whose words the report gives. */
    private static final Pattern UNTITLED_SPEAKER = Pattern.compile("^(?<name>\\p{IsHan}{2,3}?)(?:说[,:]|表示|指出|强调)");

    /** 会上,纪委办甲同志对《意见》进行了解读: an untitled comrade, perhaps after the office he works in, who opens a clause and acts. */
    private static final Pattern COMRADE_ACTS = Pattern.compile("(?<=^|[,。;:])(?:\\p{IsHan}{2,8}?(?:办|局|处|科|室|部|委|组|中心|支部))?"
            + "(?<name>\\p{IsHan}{2,3}?)等?同志(?=(?:对|就|向|围绕|结合|从|分别|先后)?[^,。;]{0,40}?(?:进行了?|[作做]了?|传达|通报|介绍|"
            + "解读|领学|强调|指出|讲话|发言))");

    /** 甲、乙等代表说, 丙代表建议, 丁委员表示: deputies and members named before what they are, telling their views. */
    private static final Pattern DEPUTIES_SAY = Pattern.compile("(?<=^|[,。;:])(?<list>\\p{IsHan}{2,3}(?:、\\p{IsHan}{2,3}(?<!等))*)等?"
            + "(?<what>代表|委员)(?=说|表示|建议|认为|指出|提出|谈到|呼吁"
            // 甲、乙等委员及专家学者分别从…方面提出意见建议: each of them spoke
            + "|(?:及[^,。;、]{1,8}?)?(?:分别|先后|依次|纷纷|踊跃)(?:从|就|围绕|结合|发言|作|提出|建言|交流|谈))");
    /** 离任委员代表甲、乙、丙先后发言: members speaking for others, named after what they are. */
    private static final Pattern DEPUTIES_NAMED_SPEAK = Pattern.compile("(?<=^|[,。;:])(?<what>\\p{IsHan}{0,4}?(?:委员|代表)代表)"
            + "(?<list>\\p{IsHan}{2,3}(?:、\\p{IsHan}{2,3}(?<!等))+)(?=等?(?:分别|先后|依次|逐一)?(?:作了?)?(?:交流|表态|典型)?发言)");

    /** The deputies or members of a list that tells its views: all names, one the segmenter or the article knows. */
    private void deputiesIn(Doc doc, Sentence s, String st, Map<String, OfficialRef> byKey, List<Participation> parts) {
        deputiesIn(doc, s, st, DEPUTIES_SAY.matcher(st), byKey, parts);
        deputiesIn(doc, s, st, DEPUTIES_NAMED_SPEAK.matcher(st), byKey, parts);
    }

    private void deputiesIn(Doc doc, Sentence s, String st, Matcher d, Map<String, OfficialRef> byKey, List<Participation> parts) {
        while (d.find()) {
            String[] names = d.group("list").split("、");
            if (!java.util.Arrays.stream(names).allMatch(personNames::surnameLed)
                    || java.util.Arrays.stream(names).noneMatch(n -> known(byKey, n) != null || PersonNames.personName(st, n))) {
                continue;
            }
            int at = d.start("list");
            for (String n : names) {
                OfficialRef o = knownOrAdded(doc, byKey, s.start() + at, s.start() + at + n.length(), List.of(d.group("what")), null);
                parts.add(new Participation(o.key(), Role.SPOKE, doc.evidence(s.start() + d.start(), s.start() + d.end())));
                at += n.length() + 1;
            }
        }
    }

    private void untitledIn(Doc doc, Sentence s, String st, Map<String, OfficialRef> byKey, List<Participation> parts) {
        if (st.contains("代表") || st.contains("委员")) {
            deputiesIn(doc, s, st, byKey, parts);
        }
        Matcher speaker = UNTITLED_SPEAKER.matcher(st);
        if (speaker.lookingAt() && !personNames.notName(speaker.group("name"))) {
            untitled(doc, s, st, speaker, byKey, parts);
        }
        if (st.contains("同志")) {
            Matcher comrade = COMRADE_ACTS.matcher(st);
            while (comrade.find()) {
                if (!personNames.notName(comrade.group("name"))) {
                    untitled(doc, s, st, comrade, byKey, parts);
                }
            }
        }
        if (!st.contains("主持") && !st.contains("出席") && !st.contains("列席")) {
            return; // what the pattern looks ahead for; checked first because most sentences have neither
        }
        Matcher u = untitled.matcher(st);
        while (u.find()) {
            untitled(doc, s, st, u, byKey, parts);
        }
    }

    /** The untitled official {@code u} found, with the roles its clause gives, unless known or no name to HanLP. */
    private void untitled(Doc doc, Sentence s, String st, Matcher u, Map<String, OfficialRef> byKey,
            List<Participation> parts) {
        String simpName = u.group("name");
        if (!personNames.isSurname(simpName.substring(0, 1)) || known(byKey, simpName) != null
                || !PersonNames.personName(st, simpName)) {
            return;
        }
        String written = doc.written(s.start() + u.start("name"), s.start() + u.end("name"));
        OfficialRef o = add(byKey, written, List.of(), null, doc.evidence(s.start() + u.start(), s.start() + u.end()));
        int ce = ClauseRoles.clauseEnd(st, u.end());
        for (Role r : clauseRoles.rolesIn(st, u.end("name"))) {
            parts.add(new Participation(o.key(), r, doc.evidence(s.start() + u.start(), s.start() + ce)));
        }
    }

    /**
     * 传达学习了习近平总书记…讲话: a name that is the object of a relaying verb in its clause acts nowhere here; nor
     * does one further down the verb's list, after items that end in a spirit or a speech (传达了甲重要批示精神,乙重要讲话精神,
     * 部长丙讲话).
     */
    private static boolean namedAsObject(String text, int at) {
        String st = ClauseRoles.quotesBlanked(text); // 传达了甲关于“…,…”的讲话精神、乙对…的要求: a quote's comma ends no clause
        int c = ClauseRoles.clauseBefore(st, at);
        if (Regions.find(RELAYED_BEFORE, st, c + 1, at)) {
            return true;
        }
        // the name's own clause must read as an item too (乙讲话以及作出的部署), not as an act (乙主持会议)
        String own = st.substring(at, ClauseRoles.clauseEnd(st, at));
        boolean item = RELAYED_ITEM_END.matcher(own).find() && !ACT_IN_ITEM.matcher(own).find();
        while (item && c > 0 && st.charAt(c) == ',' && Regions.find(RELAYED_ITEM_END, st, 0, c)) {
            int prev = ClauseRoles.clauseBefore(st, c);
            if (Regions.find(RELAYED_BEFORE, st, prev + 1, c)) {
                return true;
            }
            c = prev;
        }
        return false;
    }

    private static final Pattern RELAYED_ITEM_END = Pattern.compile("(?:精神|讲话|批示|指示|部署)$");
    /**
     * A clause that ends like an item but tells an act (乙对下半年工作进行了安排部署, 乙就…作了部署; 传达学习…精神,局长乙主持
     * 会议并讲话; 会议学习了…精神,乙传达…会议精神: the name relays an item itself): not relayed.
     */
    private static final Pattern ACT_IN_ITEM = Pattern.compile("进行了?|[作做]了|[作做]出(?!的)|提出(?!的)|主持会议|并[作做发]?(?:表|重要)?讲话$"
            + "|^[^,。;]{2,24}?(?:同志)?(?:传达|领学|通报)(?!的)");

    /** Relaying verbs; not 学习会议, 学习班 (a meeting's or a class's name), nor a study that someone chairs (集体学习由…主持). */
    private static final Pattern RELAYED_BEFORE = Pattern.compile("(?:传达|学习|贯彻|落实|按照|根据)(?![会班由])");

    /**
     * In a name's own clause: instructions sent (作出批示), the meeting held (召开) or another entrusted with it (受甲局长
     * 委托,乙主持召开…), none an attendance.
     */
    private static final Pattern NOT_PRESENT_OR_HOLDS = Pattern.compile("批示|召开|委托");
    private static final Pattern ATTENDANCE_OPENS = Pattern.compile("(?:出席|参加|列席)(?:(?:本次|这次|此次|今天的?|今日的?)?(?:会议|座谈会|发布会|新闻发布会|活动))?的(?:领导|人员|嘉宾)?"
            + "(?:还)?(?:有|包括)[::]?");
    // …共48人参加云南省级分会场的会议: the venue may come before the noun
    private static final Pattern ATTENDANCE_END = Pattern.compile("(?:出席|参加|列席|参会|出席了|参加了|收听收看|收看)"
            + "(?:[^,。;、]{0,12}?分会场的?)?(?:会议|活动|座谈|学习|"
            + "座谈会|报告会|学习会|大会|会议并讲话|(?:集体|集中|专题)学习(?:研讨|交流)?|学习研讨)?[,、。!\\s]*$");

    /**
     * {@code 县领导赵晨伟、王兴…及各乡镇党委书记…,县直部门主要负责人参加会议}: a sentence that ends by saying who attended
     * makes every official named in it who holds no other role there an attendee.
     */
    private void attendanceSentence(Doc doc, Sentence s, String st, Map<String, OfficialRef> byKey,
            List<Participation> parts) {
        boolean listAfterOpening = openedBefore(doc, s); // 参加发布会的人员包括:⏎甲,乙…: the list is this whole line
        // the guests listed for a press conference whose lead says they brief and answer questions speak there too
        boolean guestsAnswer = listAfterOpening && doc.simp(doc.sentences().get(s.index() - 1)).contains("发布会")
                && GUESTS_ANSWER.matcher(doc.simp()).find();
        if (!listAfterOpening && !st.contains("出席") && !st.contains("参加") && !st.contains("列席") && !st.contains("参会")
                && !st.contains("收看")) {
            return;
        }
        Matcher opens = ATTENDANCE_OPENS.matcher(st);
        int from = listAfterOpening ? 0 : opens.find() ? opens.end() : -1; // 出席会议的有…: the names follow the verb
        int to = st.length();
        if (from < 0 && !ATTENDANCE_END.matcher(st).find()) {
            // 甲、乙等领导参会,各村支书列席,镇党委书记丙主持: a clause that ends by saying who attended, not the sentence
            int[] clause = attendanceClause(st);
            if (clause == null) {
                return;
            }
            from = clause[0];
            to = clause[1];
        }
        for (OfficialRef o : byKey.values()) {
            int at = st.indexOf(mention(o), Math.max(0, from));
            if (at >= to) {
                continue;
            }
            if (at >= 0 && (Regions.find(RELAYED_BEFORE, st, Math.max(0, at - 12), at)
                    || st.indexOf("精神", at) > 0)) {
                continue; // 传达了习近平总书记…讲话精神: named as a source, not present
            }
            if (at < 0 || parts.stream().anyMatch(p -> p.officialKey().equals(o.key()) && p.evidence() != null
                    && p.evidence().sentence() == s.index())) {
                continue;
            }
            if (Regions.find(NOT_PRESENT_OR_HOLDS, st, at, ClauseRoles.clauseEnd(st, at))) {
                continue; // 市委书记甲作出批示: sent instructions, not present; 乙在…召开…: holds it, not an attendee; 受丙委托
            }
            parts.add(new Participation(o.key(), Role.ATTENDED, doc.evidence(s.start() + at, s.end())));
            if (guestsAnswer) {
                parts.add(new Participation(o.key(), Role.SPOKE, doc.evidence(s.start() + at, s.end())));
            }
        }
    }

    /** A press conference whose guests brief and take questions: 邀请相关领导,介绍情况并回答记者提问. */
    private static final Pattern GUESTS_ANSWER = Pattern.compile("(?:介绍|发布)[^。;]{0,12}?(?:并|和)?回答[^。;]{0,6}?提问");

    /** Whether the sentence before is only an attendance opening: 参加发布会的人员包括:. */
    private static boolean openedBefore(Doc doc, Sentence s) {
        if (s.index() == 0) {
            return false;
        }
        String before = doc.simp(doc.sentences().get(s.index() - 1)).strip();
        Matcher opens = ATTENDANCE_OPENS.matcher(before);
        return before.length() <= 24 && opens.find() && opens.end() == before.length();
    }

    /** [start, end) of the first clause (between , ; and the sentence's ends) that ATTENDANCE_END ends, or null. */
    private static int[] attendanceClause(String st) {
        int start = 0;
        for (int i = 0; i <= st.length(); i++) {
            boolean doubled = i + 1 < st.length() && st.charAt(i) == ',' && "、,".indexOf(st.charAt(i + 1)) >= 0; // 甲,、乙
            if (i == st.length() || ",;".indexOf(st.charAt(i)) >= 0 && !doubled) {
                if (i > start && Regions.find(ATTENDANCE_END, st, start, i)) {
                    return new int[] {start, i};
                }
                start = i + 1;
            }
        }
        return null;
    }

    private static final Pattern NATIONAL = Pattern.compile("总书记|总理|副总理|委员长");
    /** A national leader's title before the name: 总书记, 国家主席, 国务院总理, 委员长. */
    private static final Pattern NATIONAL_TITLE_END = Pattern.compile("(?:国务院)?(?:总书记|国家主席|总理|委员长)$");

    /** 习近平总书记, 李克强总理: a national leader, who belongs to no bureau of the article. */
    public static boolean isNationalLeader(OfficialRef o) {
        return o.organization() == null
                && o.titles().stream().anyMatch(t -> NATIONAL.matcher(Script.simplify(t)).matches());
    }

    /**
     * Whether a title group read from {@code groupStart} follows right after the waiting names, which end at
     * {@code waitingUntil}: in the same clause, even when the group's title runs back further than a title is read or
     * is cut at a 和 inside it (自治区政协常委甲,自治区政协民族宗教社会法制委员会主任乙,…港澳台侨和外事委员会主任丙在大会上发言).
     */
    private static boolean sameSegment(String st, int waitingUntil, int groupStart) {
        if (waitingUntil < 0 || groupStart < waitingUntil) {
            return false;
        }
        for (int i = waitingUntil; i < groupStart; i++) {
            int close = st.charAt(i) == '(' ? st.indexOf(')', i) : -1;
            if (close > i && close <= i + Titles.MAX_NOTE + 2 && close < groupStart) {
                i = close; // 总会计师兼财务管理与监督司(审计司)司长丙: a body's other name in brackets
                continue;
            }
            if (",。;:!?(".indexOf(st.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** A title group's names end its clause at a comma, perhaps after 同志 (副主任甲同志,局长乙同志出席会议并讲话). */
    private static boolean groupEnds(String st, int p, int clauseEnd) {
        return clauseEnd < st.length() && st.charAt(clauseEnd) == ','
                && (clauseEnd == p || clauseEnd == p + 2 && st.startsWith("同志", p));
    }

    /** A group of titles with no name before an attendance verb (省科协主要负责人出席…). */
    private static final Pattern NAMELESS_GROUP = Pattern.compile("[\\p{IsHan}、]{2,24}?(?=出席|参加|列席)");

    private static final Pattern NAME_JOINER = Pattern.compile("(?:、|,、|、,|和|及)");

    /** 副局长甲和副局长乙分别…: 和 between two title groups, before a verb both share. */
    private static boolean sharedJoiner(String st, int p) {
        // 检察长甲和检察长乙围绕…作专题授课: 和 joins two title groups before the verb they share; 及 and 与 only
        // before 分别 (与 is also "with": 局长甲与企业负责人座谈)
        return p < st.length() && (st.charAt(p) == '和' || "及与".indexOf(st.charAt(p)) >= 0
                && st.indexOf("分别", p) > p && st.indexOf("分别", p) < ClauseRoles.clauseEnd(st, p));
    }

    private static boolean endsList(String st, int i) {
        return i >= st.length() || "、,。".indexOf(st.charAt(i)) >= 0 || st.startsWith("出席", i) || st.startsWith("参加", i)
                || st.startsWith("列席", i) || st.startsWith("等", i);
    }

    /**
     * Titles that, written after a name, make an official ({@code lexicon/titles_after_name.txt}); looked up by first
     * character, since {@link #nameThenTitle} tries every position of a sentence (a regex there cost 10 % of extraction).
     */
    private static final WordIndex AFTER_TITLES = new WordIndex(Lexicon.words("titles_after_name"));
    /** After a name's title, what its name could not be followed by but the title can: 书记“彻底整改”的要求, 委员长讲话, 总理代表国务院. */
    private static final Pattern AFTER_TITLE = Pattern.compile("“|讲话|代表(?!团|大会|委员)|重要(?:讲话|指示|批示)");
    private static final Pattern BOUNDARY_BEFORE = Pattern.compile("(?:^|[,;:、。!?“”()\\s]|由|和|及|与|请|邀请|对|是|了|"
            + "[局厅委部办会组队处院府省市县区中心社站所校]|常委|书记|学习|传达|按照|根据|贯彻|落实)$");

    /**
     * {@code 国家林业局驻合肥专员办柳学军专员出席会议}, {@code 会议由浙江省林业厅叶胜荣副厅长主持}, {@code 李克强总理批示}: a
     * name written before its title. The name must start with a surname, stand after a boundary (punctuation, a
     * body's last character) and be a person's name to HanLP, or already known; the body before it joins the title.
     */
    private void nameThenTitle(Doc doc, Sentence s, String st, Map<String, OfficialRef> byKey,
            List<Participation> parts, OrganizationRef convener) {
        for (int p = 2; p < st.length(); p++) {
            String afterTitle = AFTER_TITLES.longestAt(st, p);
            if (afterTitle == null) {
                continue;
            }
            int titleEnd = p + afterTitle.length();
            for (int len : new int[] {3, 2}) {
                int ns = p - len;
                if (ns < 0) {
                    continue;
                }
                String cand = st.substring(ns, p);
                // 由王县长主持, 向李局长汇报: a preposition before a surname and its title, no two-character name
                boolean prepositionAndSurname = len == 2 && "由向和与请".indexOf(cand.charAt(0)) >= 0
                        && personNames.isSurname(cand.substring(1));
                // 原国务委员: 务 ends no name
                if (prepositionAndSurname || personNames.notName(cand) || "副常代等务".indexOf(cand.charAt(cand.length() - 1)) >= 0
                        || orgs.endsInBodyName(cand) // 中国科协副主席: the body's name, not 国科协
                        || !cand.chars().allMatch(Han::is)
                        || !(personNames.isSurname(cand.substring(0, 1)) || personNames.isSurname(cand.substring(0, 2)))
                        || !personNames.follows(st, titleEnd) && !st.startsWith("的", titleEnd)
                                && !AFTER_TITLE.matcher(st).region(titleEnd, st.length()).lookingAt()
                                // 习近平总书记关心…: any word may follow a national leader's title, when HanLP reads a name
                                && !(NATIONAL.matcher(afterTitle).matches() && PersonNames.personName(st, cand))) {
                    continue;
                }
                boolean boundary = Regions.find(BOUNDARY_BEFORE, st, Math.max(0, ns - 2), ns);
                boolean afterBody = ns > 0 && "局厅委部办会组队处院府中心由校".indexOf(st.charAt(ns - 1)) >= 0;
                boolean acts = (ns == 0 || ",;:。、“”".indexOf(st.charAt(ns - 1)) >= 0)
                        && (ClauseRoles.speechFollows(st.substring(titleEnd))
                                || !clauseRoles.rolesIn(st, titleEnd).isEmpty());
                // HanLP last, and only when its answer counts: segmenting the sentence costs more than all the rest
                if (known(byKey, cand) == null && !(afterBody && !afterTitle.equals("同志")) && !acts
                        && !((boundary || len == 3) && !afterBody && PersonNames.personName(st, cand))) {
                    continue;
                }
                String title = doc.written(s.start() + p, s.start() + titleEnd);
                if (afterTitle.equals("同志")) {
                    if (known(byKey, cand) != null) {
                        break;
                    }
                    title = null;
                }
                String org = bodies.bodyBefore(st, ns);
                List<String> titleList = title == null ? List.of()
                        : List.of(org == null ? title : doc.written(s.start() + ns - org.length(), s.start() + ns) + title);
                // 习近平总书记, 李克强总理: national leaders belong to no bureau of the article
                boolean national = NATIONAL.matcher(afterTitle).matches();
                OrganizationRef o = org != null ? orgs.of(doc.written(s.start() + ns - org.length(), s.start() + ns))
                        : titleList.isEmpty() || national || !TitleBodies.headsConvener(title, convener) ? null : convener;
                OfficialRef official = known(byKey, cand) != null ? known(byKey, cand)
                        : add(byKey, doc.written(s.start() + ns, s.start() + p), titleList, o,
                                doc.evidence(s.start() + ns, s.start() + p));
                int clauseEnd = ClauseRoles.clauseEnd(st, titleEnd);
                for (Role r : namedAsObject(st, ns) ? List.<Role>of() : clauseRoles.rolesIn(st, titleEnd)) {
                    parts.add(new Participation(official.key(), r, doc.evidence(s.start() + ns, s.start() + clauseEnd)));
                }
                break;
            }
        }
    }

    /** 两位副局长, 等三位同志: a count and the title the names before it share. */
    private static final Pattern COUNTED = Pattern.compile("^等?(?:[两二三四五六七八九十]|\\d{1,2})(?:位|名)");
    private static final int MAX_COUNTED_TITLE = 12;

    /** Where a count and a shared title after a list of names ends (两位副局长), or 0 when none follows. */
    private int countedTitleEnd(String rest) {
        Matcher c = COUNTED.matcher(rest);
        if (!c.lookingAt()) {
            return 0;
        }
        if (rest.startsWith("同志", c.end())) {
            return c.end() + 2;
        }
        for (int k = Math.min(rest.length(), c.end() + MAX_COUNTED_TITLE); k > c.end(); k--) {
            if (titles.titleEndingAt(rest, k) != null && (k == rest.length() || !Han.is(rest.charAt(k)) || personNames.follows(rest, k))) {
                return k;
            }
        }
        return 0;
    }

    private static final Pattern NAMES_BEFORE_TITLE = Pattern.compile(
            "(?<names>\\p{IsHan}{2,3}(?:,?、\\p{IsHan}{2,3})+)等(?<title>\\p{IsHan}{0,10}?(?:党组成员|党委委员|领导|负责同志)|\\p{IsHan}{0,12}?(?:组成人员|班子成员))");
    /** Between names of such a list: 、, or ,、 as copies double it (刘甲,、刘乙). */
    private static final Pattern LISTED_JOINER = Pattern.compile(",?、");

    /** {@code 孙尧、翁铁慧、王嘉毅等部党组成员}: names listed before the title they share. */
    private void namesBeforeTitle(Doc doc, Sentence s, String st, Map<String, OfficialRef> byKey) {
        if (st.indexOf('位') >= 0) {
            namesBeforeCountedTitle(doc, s, st, byKey);
        }
        if (st.indexOf('等') < 0) {
            return; // the pattern needs 甲、乙等; most sentences have no 等
        }
        Matcher m = NAMES_BEFORE_TITLE.matcher(st);
        while (m.find()) {
            String title = doc.written(s.start() + m.start("title"), s.start() + m.end("title"));
            if (title.endsWith("负责同志")) {
                continue;
            }
            // 甲、乙等在家的县四套领导班子成员: a description of the group, not a title; the names stay
            List<String> titles = m.group("title").contains("的") ? List.of() : List.of(title);
            int p = s.start() + m.start("names");
            Matcher joiner = LISTED_JOINER.matcher(m.group("names"));
            int from = 0;
            while (from < m.group("names").length()) {
                int to = joiner.find(from) ? joiner.start() : m.group("names").length();
                String n = m.group("names").substring(from, to);
                if (known(byKey, n) == null && (personNames.isSurname(n.substring(0, 1)) || n.length() > 2 && personNames.isSurname(n.substring(0, 2)))) {
                    add(byKey, doc.written(p + from, p + to), titles, null, doc.evidence(p + from, p + to));
                }
                from = to < m.group("names").length() ? joiner.end() : to;
            }
        }
    }

    private static final Pattern NAMES_THEN_COUNT = Pattern.compile("(?<=^|[,。;:])(?<names>\\p{IsHan}{2,3}(?:、\\p{IsHan}{2,3})+)"
            + "(?=等?(?:[两二三四五六七八九十]|\\d{1,2})(?:位|名))");

    /** {@code 甲、乙两位副局长分别汇报了…}: names, a count, and the title they share. */
    private void namesBeforeCountedTitle(Doc doc, Sentence s, String st, Map<String, OfficialRef> byKey) {
        Matcher m = NAMES_THEN_COUNT.matcher(st);
        while (m.find()) {
            int end = countedTitleEnd(st.substring(m.end()));
            String counted = st.substring(m.end(), m.end() + end);
            Matcher c = COUNTED.matcher(counted);
            if (end == 0 || !c.lookingAt() || c.end() == end || counted.endsWith("同志")) {
                continue;
            }
            String title = doc.written(s.start() + m.end() + c.end(), s.start() + m.end() + end);
            String[] names = m.group("names").split("、");
            boolean all = true;
            for (String n : names) {
                // 布赫: a surname the lexicon lacks, which the segmenter knows as a name
                all &= known(byKey, n) != null || personNames.surnameLed(n) || PersonNames.personName(st, n);
            }
            if (!all) {
                continue;
            }
            int p = s.start() + m.start("names");
            for (String n : names) {
                add(byKey, doc.written(p, p + n.length()), List.of(title), null, doc.evidence(p, p + n.length()));
                p += n.length() + 1;
            }
        }
    }

    /**
     * How an official's name reads in the simplified text: the simplified name, except that a transliterated name
     * keeps its dot there (司马义·艾买提), which the identity key drops.
     */
    private static String mention(OfficialRef o) {
        if (o.name().length() == o.simplifiedName().length()) {
            return o.simplifiedName(); // nothing dropped: the common case, checked first since every clause asks
        }
        for (int i = 0; i < PersonNames.NAME_DOTS.length(); i++) {
            if (o.name().indexOf(PersonNames.NAME_DOTS.charAt(i)) >= 0) {
                return Script.simplify(o.name());
            }
        }
        return o.simplifiedName();
    }

    /** The official already introduced under this simplified name, or null. */
    public static OfficialRef known(Map<String, OfficialRef> byKey, String simpName) {
        for (OfficialRef o : byKey.values()) {
            if (o.simplifiedName().equals(simpName)) {
                return o;
            }
        }
        return null;
    }

    /**
     * The official already introduced under the name at [start, end) of the document, else one added with these
     * titles and body: a name in a list the report gives without titles of its own.
     */
    private OfficialRef knownOrAdded(Doc doc, Map<String, OfficialRef> byKey, int start, int end, List<String> titles,
            OrganizationRef org) {
        OfficialRef o = known(byKey, doc.simp().substring(start, end));
        return o != null ? o : add(byKey, doc.written(start, end), titles, org, doc.evidence(start, end));
    }

    private OfficialRef add(Map<String, OfficialRef> byKey, String written, List<String> titleList,
            OrganizationRef org, Evidence ev) {
        String key = Keys.officialKey(written, org == null ? null : org.key());
        OfficialRef old = byKey.get(key);
        if (old != null) {
            List<String> merged = new ArrayList<>(old.titles());
            titleList.stream().filter(t -> !merged.contains(t)).forEach(merged::add);
            OfficialRef o = new OfficialRef(old.name(), key, old.simplifiedName(), List.copyOf(merged), old.organization(), old.evidence());
            byKey.put(key, o);
            return o;
        }
        OfficialRef o = new OfficialRef(written, key, Keys.canonical(written), List.copyOf(titleList), org, ev);
        byKey.put(key, o);
        return o;
    }

    /** One participation per official, role and sentence: a digest reports the same chair at several meetings. */
    private static List<Participation> dedupe(List<Participation> parts) {
        Map<String, Participation> m = new LinkedHashMap<>();
        for (Participation p : parts) {
            m.putIfAbsent(p.officialKey() + "|" + p.role() + "|" + (p.evidence() == null ? -1 : p.evidence().sentence()), p);
        }
        return List.copyOf(m.values());
    }
}
