package dev.policygraph.ingest.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.policygraph.ingest.OrganizationRef;
import dev.policygraph.ingest.RelayRef;
import dev.policygraph.ingest.lexicon.HeadedPattern;
import dev.policygraph.ingest.lexicon.Lexicon;
import dev.policygraph.ingest.script.Keys;
import dev.policygraph.ingest.script.NameFold;

/**
 * References to higher meetings or sessions whose spirit a meeting relays, learns or implements:
 * {@code 传达学习<X>精神}, with X a list ({@code 传达了A、B和C的精神}, {@code 党的二十大和二十届一中全会精神}) whose items
 * that name a meeting are kept ({@code 全国两会}, {@code 中央经济工作会议}, {@code 十九届五中全会}, {@code 省委十一届七次全体会议});
 * speeches, instructions and documents in the same list are not meetings. A level word shared by a list
 * ({@code 中央、省委统战工作会议}, {@code 中央和省市…工作会议}) gives one reference per level. X may start with its
 * convener and a year ({@code 国家邮政局2020年…会议}); the key is built by {@link Keys#meetingKey} like a meeting's, and
 * read against the relaying meeting's convener by {@link #seenFrom}.
 */
public final class RelayFinder {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})年度?");
    /** Where the list before 精神 may start: after one of these verbs, or at the clause start. */
    private static final Pattern VERB = Pattern.compile("(?<!全[省市县区国州盟旗](?:传达|学习|传达学习|贯彻)?)(?=[按根传学贯宣共落听通领])(?:按照|根据|传达学习贯彻|传达贯彻落实|传达学习|传达贯彻|学习贯彻落实|学习贯彻|贯彻落实|"
            + "学习传达|学习宣传贯彻|学习领会|领会|宣讲|共学|领学了|领学|传达了|传达|学习了|学习|贯彻|落实|听取了关于|听取关于|通报了|通报)"
            + "(?![会班人团]|中心组|报告会|交流会|研讨会|座谈会)");
    // 学习会议邀请…, 学习班, 宣讲人, 宣讲团, 理论学习中心组, 中心组学习报告会: a name of a meeting, a class, a person, a
    // body, not the verb; nor after a scope, 全省传达学习党的二十大精神大会: a meeting's name
    /**
     * What a relayed meeting passes on: its spirit, its deployments (按照中央经济工作会议的部署要求), its communiqué; not the
     * 部署 inside a name (省委主题教育动员部署会议精神, …部署推进会).
     */
    private static final HeadedPattern ANCHOR = HeadedPattern.compile("(?=[精有的工部公主要讲报])(?:精神|(?:有关|的)?(?:工作)?部署(?:要求)?(?![会大推])|公报》|"
            + "(?<=全会|[一二三四五六七八九十]大)(?:公报|报告)(?![会厅员])|" // 学习了党的二十大报告, 夜学党的十九届三中全会公报
            + "(?<=会议|全会|两会|大会)(?:有关|的)?(?:主要)?(?:要求|内容|讲话要点))");
    /** 会议要求,…: the meeting's demands that open a sentence, relayed only after a verb (传达…会议要求,…). */
    private static final Pattern DEMANDS_OPEN = Pattern.compile("(?:有关|的)?(?:主要)?(?:要求|内容|讲话要点)[,:]");
    /** Words that ask before the verb (要深入学习贯彻…); not 要 inside 主要, 重要 (会议的主要任务是学习贯彻…精神). */
    private static final Pattern REQUIREMENT = Pattern.compile("(?<![主重需纲提])要|把|必须|务必|将|希望");
    /**
     * A leader's remarks about implementing a spirit (就甲书记关于深入学习贯彻…精神…进行了解读; 甲就深入学习贯彻…精神,…提出工作要求):
     * his topic, not a relay here.
     */
    private static final Pattern SOMEONE_ABOUT = Pattern.compile("(?:(?:书记|省长|市长|县长|主任|部长|厅长|局长)关于|\\p{IsHan}就)(?:深入|认真|全面)?$");
    /** A sentence that asks (做好明年工作,要以…为指导,全面贯彻…精神): what follows is asked for, not done. */
    private static final Pattern ASKED_IN_SENTENCE = Pattern.compile("(?<![重主需纲提])要(?![点闻素求])|必须|务必|希望|[他她]要求"
            // 他要求全县干部群众,贯彻落实…精神; 希望各级妇联…深入学习贯彻…精神: asked of others
            + "|(?:书记|长|主任)要求"
            // 他强调,认真贯彻党的十七大精神…; 他说,当前,某省正深入贯彻…: a speaker's words open the sentence, what he asks (会议强调 is this meeting's)
            + "|^\\s*[^,。;:]{1,10}?(?<!会议)(?<!会上)(?<!大会)(?:强调|指出|说|表示)[,:]");
    /**
     * The spirit as a time's description (全面贯彻党的二十大精神的开局之年, 贯彻省市党代会精神的起步之年, 是在…深入贯彻…精神之际
     * 召开的), a deployment as its tasks' (…部署的各项任务), the spirit minds are to be brought to (把思想和行动统一到全会精神上来)
     * or one to be joined with another (把学习贯彻A精神,与深入学习贯彻B精神结合起来): asked for or background, not relayed.
     */
    private static final Pattern CONTEXT_AFTER = Pattern.compile("^(?:(?:的|之)?(?:[\\p{IsHan}]{2}之年|关键时期|关键一年|关键阶段|重要时期|第一年|重要节点|一次)"
            + "|,?(?:具有|有着)[^,。]{0,8}意义|之际|的(?:背景|形势)下"
            + "|的(?:各项|重大|主要|目标)(?:任务|工作|目标)?"
            + "|上来|上去|(?:紧密)?(?:结合起来|相结合)"
            // 传达了甲就学习十九大精神所做的重要讲话: the topic of a speech relayed, not a list of meetings
            + "|所[作做]的(?:重要)?(?:讲话|报告))");
    /**
     * A spirit stated as a task, not relayed (学习宣传贯彻全国两会精神特别是…讲话精神,是当前和今后一个时期的重要政治任务):
     * the clause after it opens 是 and says what the study is (`STATED`).
     */
    private static final Pattern STATED = Pattern.compile("^(?:(?:特别是|尤其是|和|及|以及|、)[^,。;:]{0,40}?精神)*,?是(?:当前|今后|我们|全党|"
            + "全市|全省|全县|全区|全系统|一项|首要|重要|重大|头等|当务)");
    /**
     * A spirit in a description of another meeting's setting or of what it was (这次研讨班,是在全省上下持续兴起学习宣传
     * 贯彻A精神、B精神的形势下举办的; 这次大会…,是全面贯彻十九大精神…的大会): the clause opens on 是 or holds 是在
     * before its verb (`DESCRIBED`).
     */
    private static final Pattern DESCRIBED = Pattern.compile("是在|^是(?:全面|深入|认真|坚决|进一步)*$|(?:阐述|论述|分析)了?$"); // 详细阐述了贯彻落实…精神…的形势和任务

    /**
     * Another meeting, a report or a document as the subject: 市委全会深入贯彻…, 政府工作报告全面贯彻…, 1号文件全面贯彻…,
     * 《决定》深入贯彻…; not the bare 报告 that opens a
     * clause, the report just given at this meeting (局长作动员报告。报告传达了…精神), nor the bare 大会 that opens one, this
     * meeting (大会全面传达学习了党的十九大精神).
     */
    private static final Pattern OTHER_SUBJECT = Pattern.compile("(?:全会|党代会|两会|(?<!^)报告|(?<!^)大会|(?<!^)文件|》|上下(?:正在|都在)?)"
            + "(?:深入|全面|认真|坚决)*$"); // 全市上下正在深入学习贯彻…: the whole city at it, not this meeting
    /**
     * A sentence whose subject is another named meeting (会议指出,市委五届七次全会深入贯彻…; 这次全国两会…全面贯彻…):
     * what it relays, that meeting relayed. Its opening clause, after 会议指出, starts with the meeting's name; a joint
     * session may stand alone before a comma (会议指出,市委五届七次全会暨市委经济工作会议,坚持…,深入贯彻…).
     */
    private static final Pattern OTHER_MEETING_OPENS = Pattern.compile("^\\s*(?:会议|会上)?(?:指出|强调|认为|提出|要求)?[,:]?"
            + "(?:这次|此次|本次|今年的?)?(?:(?!传达|学习|领学|贯彻|落实|按照|根据|组织|召开|听取)[^,。;:、和及与“”]){1,20}?"
            + "(?:" + String.join("|", Sessions.WORDS) + ")"
            + "(?:暨[^,。;:“”]{2,20}?会议(?=,)|(?!精神|召开|以来|期间|上|的|和|及|与|、|,|。))");
    /**
     * A view sentence opening on another meeting by name (会议指出,2026年全国水利工作会议全面贯彻党的二十大…精神): what
     * it implemented, not relayed here; this meeting (此次会议) is no other.
     */
    private static final Pattern OTHER_NAMED_MEETING_OPENS = Pattern.compile("^\\s*(?:会议|会上)(?:指出|强调|认为|提出)[,:]"
            + "(?!这次|此次|本次|会议)(?:(?!传达|学习|领学|贯彻|落实|按照|根据|组织|召开|听取|要)[^,。;:、和及与“”]){2,24}?会议"
            + "(?!精神|召开|以来|期间|上|的|和|及|与|、|,|。)");

    /**
     * A sentence reviewing a past period (会议指出,2022年,…深入学习贯彻…精神; a quarter's review, 会议通报,一季度,…认真贯彻…
     * 精神): what was done then, not at this meeting.
     */
    private static final Pattern PERIOD_REVIEW = Pattern.compile("^\\s*(?:会议|会上)?(?:指出|认为|强调|表示|提出|通报)?[,:]?"
            + "(?:\\d{4}年(?:以来|度|上半年)?|今年以来|去年以来|一年来|过去一年|近年来|近年以来|过去五年|五年来|今年上半年|上半年|"
            + "(?:今年)?(?:第?[一二三四]|前[二三])季度)[,:]");
    /** A sentence that opens on a year with no comma after it: 会议指出,2023年我市…工作始终坚持…. */
    private static final Pattern YEAR_OPENS = Pattern.compile("^\\s*(?:会议|会上)?(?:指出|认为|强调|表示|提出|通报)?[,:]?"
            + "(\\d{4})年(?!\\d{1,2}月|度)");

    /**
     * A sentence reviewing a year before the meeting's (会议指出,2023年我市司法行政工作始终坚持…全面贯彻落实…精神, in a
     * meeting of 2024): what was implemented then, not relayed now.
     */
    private static boolean pastYearOpens(String sentence, Integer meetingYear) {
        if (meetingYear == null) {
            return false;
        }
        Matcher y = YEAR_OPENS.matcher(sentence);
        return y.lookingAt() && Integer.parseInt(y.group(1)) < meetingYear;
    }

    /** A sentence about a meeting to come: 县党代会即将召开, 决定于3月29日召开…建议议程是传达学习…, 将在…分别召开座谈会,传达…. */
    private static final HeadedPattern PLANNED = HeadedPattern.compile("(?=[即决建将拟])(?:即将召开|决定于|建议议程|将(?:于|在)[^,。]{0,24}(?:召开|举行|举办)"
            + "|拟(?:于|在)[^,。]{0,24}(?:召开|举行))");
    /** A body written before a meeting's scope or year: 省局|全省…, 国家邮政局|全国…, 国家局|2020年…. */
    private static final Pattern CONVENER_LEAD = Pattern.compile("^([\\p{IsHan}]{2,16}?)(?="
            + Scope.alternation() + "|全系统|\\d{4}年)");
    /**
     * A relaying verb inside the first item, after words that are no meeting: the clause's first verb was part of a
     * name or an act of its own (召开理论学习中心组(扩大)会议专题学习贯彻…精神: 学习 of the study group's name; 传达并主持学习…精神),
     * so the list starts after the inner verb (`INNER_VERB`); not after 在, where the verb names the class a speech was
     * given at (在…学习贯彻党的二十届三中全会精神专题研讨班开班式上的讲话).
     */
    private static final Pattern INNER_VERB = Pattern.compile("^[^、,和及与在]*?(?:专题|主持|并)?(?:传达学习贯彻|传达学习|学习贯彻落实|学习贯彻|"
            + "学习宣传贯彻|学习传达|传达贯彻落实|传达贯彻|主持学习|专题学习)(?:了)?");
    private static final Pattern JOINER_START = Pattern.compile("^(?:以及|和|及|还有|并)");
    /**
     * The relaying verb written after the spirit, in the name of a meeting held for it (召开区委…会议精神学习传达会:
     * `VERB_AFTER`); the list starts after the holding verb, or at the clause when the name opens it.
     */
    private static final Pattern VERB_AFTER = Pattern.compile("^(?:学习传达|传达学习|传达|学习|宣讲)(?:会议|大会|会|报告会)");
    private static final Pattern HOLDS = Pattern.compile("召开|举行|举办");
    /**
     * A clause that speaks or asks (强调要认真贯彻会议精神; opening 要求, …会议精神,要求认真领会会议精神): no item of the list
     * before the comma.
     */
    private static final Pattern SPOKEN_OR_ASKED = Pattern.compile("(?<![重主需纲提])要(?![点闻素求])|^(?:并|会议)?要求|必须|务必|强调|指出");
    /** How a list's item that is neither a spirit nor a meeting ends: a speech, an instruction, an article (《…》). */
    private static final String NO_SPIRIT_ITEM = "(?:》|讲话|指示|批示|文章|论述|贺信|回信)";
    /**
     * Items of a list that are no meeting, each a clause of its own between two spirits (…指示精神,《求是》杂志发表…文章
     * 《…》,8月29日中央政治局会议精神): the list goes on after them.
     */
    private static final Pattern ITEMS_BETWEEN = Pattern.compile("(?:,[^,。;:]{2,60}?" + NO_SPIRIT_ITEM + ")+");
    /** What joins a list's next item to the spirit before it: A精神和B会议精神, A有关部署、B会议精神. */
    private static final Pattern LIST_JOINS = Pattern.compile("^(?:以及|和|及|与|、)");
    private static final Pattern ITEM_SPLIT = Pattern.compile("、|(?<!共)和|及|以及|与|,");
    private static final Pattern LEADING_VERBS = Pattern.compile("(?:把握|领悟|准确|深刻|了|同|与|和|、|把|将|对|深入|认真|全面|"
            + "坚决|传达|学习|宣传|贯彻|落实|领会)+"); // 深入学习领会、准确把握全会精神: 准确把握 is a verb too (before 把)
    /** An item that ends a list entry without being a meeting: a speech, an instruction, a class. */
    private static final Pattern COMPLETE_ITEM = Pattern.compile("(?:讲话|指示|批示|论述|精神|研讨班|培训班|思想|文章|贺信|回信|要求)$");
    private static final Pattern DAY_IN_NAME = Pattern.compile("\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日\\s*");
    /** Sessions named without a meeting form. */
    private static final Pattern SESSION = Pattern.compile("(?:两会|党代会|[一二三四五六七八九十]+大|[一二三四五六七八九十]+中全会|全会|"
            + "全体会议|常委会会议|常委会议)$");
    private static final Pattern NOT_A_MEETING = Pattern.compile("讲话|指示|批示|论述|贺信|回信|思想$|文章$|意见$|通知$|决定$|"
            + "公报$|报告$|要求$|部署$|条例$|办法$|规划$|方案$|期间|之际|以来|上$|会上|精神|在|出席|总理|研讨班$|培训班$|"
            + "(?:委|局|厅|府)(?:传达学习|传达贯彻|学习贯彻|贯彻落实)|" // 省市县委传达学习党的二十大精神: a body's relaying, no meeting
            + "关于|相关会议|有关会议|^各级|^邀请|^特邀|^要把|^(?:省|市|县|区|省市|市县)(?:全会|大会)$|^(?:此次|本次|这次|上述|该)|^(?:中央|省委|省|国|市委|市|县委|县|全国|全省|全市|全县|全区)?(?:相关|有关)?(?:重要)?会议$|^(?:国家|总|省|市|县|区|州)?(?:局|厅)(?:相关|有关)?(?:重要)?会议$|^(?:全会|大会)$"
            + "|系列(?:重要)?会议$|各项(?:重要)?会议$|^其[他它]|各级(?:\\p{IsHan}{0,4})会议$|两级(?:工作)?会议$|近期(?:重要)?会议$"
            // 省、市相关工作会议, 市委、市政府会议, 省州会议: levels and bodies with no meeting's name
            + "|^(?:[省市县州区]|全[省市县州区])?(?:相关|有关)(?:重要)?工作会议$|^(?:[省市县州区]|[省市县州区](?:委|政府))+会议$");
    // 市委、市政府系列重要会议, 其他各项会议, 民航各级会议, 两级工作会议, 省委、省政府近期重要会议: several meetings spoken of
    // together, none named
    /**
     * A level word, or a higher body of the same system written short (省局、市局工作会议: 省局 shares the name), or a
     * scope word (全省、全市…总结会议: 全省 shares it).
     */
    private static final Pattern LEVEL = Pattern.compile("^(?:中央|省委|市委|县委|区委|州委|省市|省|市|州|县|国|总局|省局|市局|省厅|"
            + Scope.alternation() + ")$");
    private static final Pattern LEVEL_PREFIX = Pattern.compile("^(?:中央|省委|市委|县委|区委|州委|总局|省局|市局|省厅|"
            + Scope.alternation() + "|省市|省|市|州|县|我省|我市|我县|我区|本省|本市|本县|本区)"); // 全国和我市“两会”: 全国两会
    private static final Pattern TRAIL = Pattern.compile("(?:的|等|等重要|重要|有关|有关重要|主要|等重要会议|精神会议|等文件和会议|等会议和文件|重要文件"
            + "|等(?:近期|一系列|系列)(?:重要)?会议" // 传达学习市委常委会等近期会议精神: the one named
            + "|(?<=会议)(?:概况|情况)[与和及])+$"); // …第九次会议等重要会议重要文件精神; 传达了…会议概况与主要精神
    /** When and how the relayed meeting was held, written before its name: 2月28日召开的, 近日闭幕的, 刚刚胜利召开的. */
    private static final String HELD_BEFORE = "(?:(?:\\d{1,2}月)?\\d{1,2}日|近日|日前|前不久|此前|[刚剛][刚剛]|不久前|上[周週]|昨天|今年)?"
            + "(?:上午|下午)?(?:在[^,。、]{2,8})?(?:[胜勝]利)?(?:召[开開]|[举舉]行|[闭閉]幕|[开開]幕|[结結]束)的";
    /** The same after the convener, written as it was (中共中央政治局1月3日召开的民主生活会): the body and the name stay. */
    private static final Pattern HELD_INSIDE = Pattern.compile("^(?<body>[\\p{IsHan}]{2,16}?)(?:[于於])?" + HELD_BEFORE
            + "(?=[\\p{IsHan}]{2})");
    /** What a written name drops at its start (党的 stays: 党的二十大 is how the congress is named). */
    private static final Pattern NAME_LEAD = Pattern.compile("^(?:《|了|好|近期|有关|关于|(?:[并並]|[还還])?[结結]合|[并並]|\\d{1,2}月\\d{1,2}日|"
            + HELD_BEFORE + ")+"); // 并结合全市…会议精神安排部署: the verb that uses the spirit is no part of the name
    private static final Pattern LEAD = Pattern.compile("^(?:《|了|好|近期|有关|关于|(?:[并並]|[还還])?[结結]合|[并並]|\\d{1,2}月\\d{1,2}日|" + HELD_BEFORE
            + "|党的|中国共产党)+");

    private final Organizations orgs;
    private final List<String> forms = Lexicon.longestFirst("meeting_forms");

    public RelayFinder(Organizations orgs) {
        this.orgs = orgs;
    }

    public List<RelayRef> find(Doc doc, Integer meetingYear) {
        return find(doc, meetingYear, new int[0]);
    }

    /**
     * The references of an article whose meetings are told from the given sentences on (all but the first): each
     * meeting's part keeps its own, so that the meetings of a digest may each relay the same higher one.
     */
    public List<RelayRef> find(Doc doc, Integer meetingYear, int[] laterMeetingsFrom) {
        Found found = Found.of(laterMeetingsFrom);
        String simp = doc.simp();
        int previous = -1;
        boolean listed = false;
        HeadedPattern.Scan anchors = ANCHOR.scan(simp);
        Matcher anchor = anchors.matcher();
        while (anchors.find()) {
            int p = anchor.start();
            int clause = clauseStart(simp, p);
            int sentence = sentenceStart(simp, p);
            Matcher v = VERB.matcher(simp.substring(clause, p));
            int listStart = v.find() ? clause + v.end() : -1; // the clause's first relaying verb: the list follows it
            if (listStart < 0 && DEMANDS_OPEN.matcher(simp).region(p, Math.min(simp.length(), anchor.end() + 1)).lookingAt()) {
                continue; // 会议要求,…: this meeting demands, nothing is relayed (and no list ends here)
            }
            if (Regions.lookingAt(CONTEXT_AFTER, simp, anchor.end(), simp.length()) || inDocumentTitle(simp, p)
                    || STATED.matcher(simp).region(anchor.end(), simp.length()).lookingAt()
                    || listStart >= 0 && Regions.find(OTHER_SUBJECT, simp, clause, clause + v.start())
                    || listStart >= 0 && Regions.find(DESCRIBED, simp, clause, clause + v.start())
                    || PLANNED.scan(simp.substring(sentence, p)).find()
                    || Regions.lookingAt(PERIOD_REVIEW, simp, sentence, p)
                    || pastYearOpens(simp.substring(sentence, p), meetingYear)
                    || Sessions.named(simp, sentence, p) && Regions.lookingAt(OTHER_MEETING_OPENS, simp, sentence, p)
                    || Regions.lookingAt(OTHER_NAMED_MEETING_OPENS, simp, sentence, p)) {
                // 贯彻…精神的开局之年; 市委全会深入贯彻…精神; 即将召开…, 建议议程是传达学习…: not what this meeting did
                previous = anchor.end();
                listed = false;
                continue;
            }
            if (listStart >= 0 && (Regions.find(REQUIREMENT, simp, clause, clause + v.start())
                    || Regions.find(SOMEONE_ABOUT, simp, clause, clause + v.start())
                    || simp.startsWith("好", listStart) // 学习好贯彻好…精神: asked for
                    || Regions.find(ASKED_IN_SENTENCE, simp, sentence, clause))) {
                previous = anchor.end(); // 要深入学习贯彻…精神, 把学习贯彻A精神与…结合起来: asked for, not done here
                listed = false;
                continue;
            }
            while (listStart >= 0) {
                // 深入学习学习宣传贯彻…, 同深入学习贯彻…: verbs and joiners that run on before the list
                Matcher more = LEADING_VERBS.matcher(simp.substring(listStart, p));
                if (!more.lookingAt() || more.end() == 0) {
                    break;
                }
                listStart += more.end();
            }
            if (listStart >= 0 && simp.startsWith("好", listStart)) {
                previous = anchor.end(); // 如何学习、宣传和贯彻好…精神: verbs listed, then asked for
                listed = false;
                continue;
            }
            if (listStart >= 0 && (within(simp, "学习", listStart, p) || within(simp, "贯彻", listStart, p))) {
                Matcher inner = INNER_VERB.matcher(simp).region(listStart, p);
                if (inner.lookingAt()) {
                    listStart = inner.end(); // …(扩大)会议专题学习贯彻…精神: the list follows the inner verb
                }
            }
            if (listStart < 0 && clause > 1 && simp.charAt(clause - 1) == ',' && listed
                    && (previous == clause - 1 || previous > 0 && previous < clause - 1
                            && Regions.matches(ITEMS_BETWEEN, simp, previous, clause - 1))
                    && !Regions.find(SPOKEN_OR_ASKED, simp, clause, p)) {
                // (传达…会议精神,强调要认真贯彻会议精神: a demand after the list, not its next item)
                // …指示精神,全国…会议、…会议精神: the list goes on after the comma; not after a spirit no verb relayed
                // (深刻领会会议精神,积极落实会议要求: asked of the hearers, no list)
                listStart = clause;
            }
            if (listStart < 0 && clause > 1 && simp.charAt(clause - 1) == ',' && previous < clause - 1
                    && listVerbBefore(simp, clause) >= 0 && !Regions.find(SPOKEN_OR_ASKED, simp, clause, p)) {
                listStart = clause; // 传达学习A重要讲话,B重要指示精神: the list began with items that are no spirit
            }
            if (listStart < 0 && clause > 1 && simp.charAt(clause - 1) == ','
                    && Regions.lookingAt(JOINER_START, simp, clause, p)) {
                listStart = verbEndBefore(simp, clause); // 传达A、B,以及C精神: the list began in the clause before
            }
            if (listStart < 0 && previous > clause && listed && Regions.lookingAt(LIST_JOINS, simp, previous, p)) {
                listStart = previous; // A有关部署和B会议精神: B continues A's list (…精神宣讲人、甲作了…: it does not)
            }
            if (listStart < 0 && VERB_AFTER.matcher(simp).region(anchor.end(), simp.length()).lookingAt()) {
                Matcher holds = HOLDS.matcher(simp.substring(clause, p));
                int after = 0;
                while (holds.find()) {
                    after = holds.end();
                }
                listStart = clause + after; // 召开…精神学习传达会: the verb after the spirit
            }
            if (listStart < 0) {
                previous = anchor.end();
                listed = false;
                continue;
            }
            if (previous >= listStart && previous > 0) {
                // A精神和B精神: B's list starts after A's spirit and the joiner
                Matcher joiner = SPIRIT_JOINER.matcher(simp).region(previous, p);
                listStart = joiner.find() ? joiner.end() : previous;
            }
            String list = simp.substring(listStart, p);
            Matcher trail = TRAIL.matcher(list);
            int listEnd = listStart + (trail.find() ? trail.start() : list.length());
            items(doc, listStart, listEnd, meetingYear, found);
            previous = anchor.end();
            listed = true;
        }
        List<RelayRef> all = new ArrayList<>();
        for (Map<String, RelayRef> part : found.parts()) {
            // a built name that a name written in the article holds is that meeting, already kept
            List<String> written = part.values().stream().filter(r -> !found.built().contains(r))
                    .map(r -> Keys.canonical(r.meetingName())).toList();
            List<RelayRef> kept = part.values().stream().filter(r -> !found.built().contains(r)
                    || written.stream().noneMatch(w -> w.contains(Keys.canonical(r.meetingName())))).toList();
            all.addAll(localSessionsWrittenOut(onePerSpelling(kept)));
        }
        return headlinesInBody(doc, all); // the headline's reference is the body's, whichever meeting's part holds it
    }

    /**
     * The references found so far, by key within each meeting's part of the article, and which of them were built
     * from a shared level; {@code laterMeetingsFrom}: the sentences from which the article's later meetings are told.
     */
    private record Found(List<Map<String, RelayRef>> parts, java.util.Set<RelayRef> built, int[] laterMeetingsFrom) {

        static Found of(int[] laterMeetingsFrom) {
            List<Map<String, RelayRef>> parts = new ArrayList<>();
            for (int i = 0; i <= laterMeetingsFrom.length; i++) {
                parts.add(new LinkedHashMap<>());
            }
            return new Found(parts, new java.util.HashSet<>(), laterMeetingsFrom.clone());
        }

        /** The reference, kept in its meeting's part unless one of its key is there already; null when not kept. */
        RelayRef keep(RelayRef r) {
            int part = 0;
            for (int from : laterMeetingsFrom) {
                part += from <= r.evidence().sentence() ? 1 : 0;
            }
            return parts.get(part).putIfAbsent(r.key(), r) == null ? r : null;
        }
    }

    /**
     * A local 两会 (县两会, 市“两会”, 省“两会”), or a bare one (传达了两会的基本情况 after the two sessions named); 全国两会 stays beside
     * the two national sessions written out, as the labels have it.
     */
    private static final Pattern LOCAL_TWO_SESSIONS = Pattern.compile("^([省州县市区镇乡]?)两会$"); // 省两会 too

    /**
     * 县两会 after 县第十四届人民代表大会第四次会议 and …宝丰县委员会第四次会议 are relayed by name: the short name stands for
     * the two sessions written out, not a third meeting.
     */
    private static List<RelayRef> localSessionsWrittenOut(List<RelayRef> relays) {
        if (relays.size() < 3) {
            return relays;
        }
        List<RelayRef> out = new ArrayList<>(relays);
        out.removeIf(r -> {
            Matcher m = LOCAL_TWO_SESSIONS.matcher(Keys.canonical(r.meetingName()));
            if (!m.matches()) {
                return false;
            }
            String level = m.group(1);
            boolean congress = false;
            boolean conference = false;
            for (RelayRef o : relays) {
                String c = Keys.canonical(o.meetingName());
                if (o == r || !c.contains(level)) {
                    continue;
                }
                congress |= c.contains("人大") || c.contains("人民代表大会") || c.contains("人代会");
                conference |= c.contains("政协") || c.contains("政治协商会议");
            }
            return congress && conference;
        });
        return out;
    }

    /**
     * A headline that words the body's relay another way (全国邮政管理局长座谈会 / 全国邮政管理局局长座谈会议, …工作总结电视电话
     * 工作会议 / …工作电视电话会议): one name's characters stand in the other in order, so the headline's is that relay, and
     * the body's wording is kept.
     */
    private static List<RelayRef> headlinesInBody(Doc doc, List<RelayRef> relays) {
        if (relays.size() < 2) {
            return relays;
        }
        List<RelayRef> out = new ArrayList<>(relays);
        out.removeIf(h -> h.evidence() != null && inHeadline(doc, h.evidence().sentence()) && relays.stream()
                .anyMatch(b -> b != h && b.evidence() != null && !inHeadline(doc, b.evidence().sentence())
                        && (h.year() == null || b.year() == null || h.year().equals(b.year()))
                        && rewords(Keys.canonical(h.meetingName()), Keys.canonical(b.meetingName()))));
        return out;
    }

    /** Headlines: a short line of its own without a sentence end among the first lines (as the meeting finder reads them). */
    private static boolean inHeadline(Doc doc, int sentence) {
        if (sentence >= 4 || sentence >= doc.sentences().size()) {
            return false;
        }
        String t = doc.sentences().get(sentence).text().strip();
        return t.length() <= 60 && !t.endsWith("。");
    }

    /** Two names of 6 or more characters, the shorter's characters in the longer in order. */
    private static boolean rewords(String a, String b) {
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        if (shorter.length() < 6 || shorter.equals(longer)) {
            return false;
        }
        int i = 0;
        for (int j = 0; j < longer.length() && i < shorter.length(); j++) {
            if (longer.charAt(j) == shorter.charAt(i)) {
                i++;
            }
        }
        return i == shorter.length();
    }

    /**
     * A local party congress written out and short in one article (中国共产党宜宾市第六次代表大会 / 市第六次党代会): one
     * congress, folded to its level and number; 人民代表大会 is another body's and stays apart.
     */
    private static final Pattern PARTY_CONGRESS = Pattern.compile("[\\p{IsHan}]{0,14}?([省市县区州])(第[一二三四五六七八九十]+次)"
            + "(?:代表大会|党代会)");

    /** The national party congress written out: 中国共产党第二十次全国代表大会 is 党的二十大 (`NATIONAL_CONGRESS`). */
    private static final Pattern NATIONAL_CONGRESS = Pattern.compile("^(?:中国共产党|中共|党的)?第([一二三四五六七八九十]+)次全国代表大会$");

    /** A session's short name with its term: 十七届四中全会 (a plenum), 十九大 (a congress). */
    private static final Pattern TERM_SESSION = Pattern.compile("^第?[一二三四五六七八九十]+届[一二三四五六七八九十]+中全会$");

    /** 中国共产党第二十次全国代表大会 → 党的二十大; other names as they are. */
    private static String congressShort(String canonical) {
        Matcher m = NATIONAL_CONGRESS.matcher(canonical);
        return m.matches() ? "党的" + m.group(1) + "大" : canonical;
    }

    /**
     * A people's congress or CPPCC session named by its level only (省人代会, 省政协会 after 省十二届人大七次会议 and
     * 省政协十一届五次会议): the one numbered session of that body and level (`LEVEL_ASSEMBLY`).
     */
    private static final Pattern LEVEL_ASSEMBLY = Pattern.compile("^([省市县区州])(人代会|政协会议?)$");

    /**
     * A committee's plenum named without its number (为进一步贯彻落实市委全会精神 after 市委五届九次全会): the one numbered
     * plenum of that committee the article relays (`COMMITTEE_PLENUM`).
     */
    private static final Pattern COMMITTEE_PLENUM = Pattern.compile("^(?:中共)?([省市县区州]委)全会$");
    /** A numbered plenum of a committee: 市委五届九次全会, 省委十一届七次全体(扩大)会议. */
    private static final Pattern NUMBERED_PLENUM = Pattern.compile("^(?:中共[\\p{IsHan}]{0,8}?)?([省市县区州]委)第?[一二三四五六七八九十]+届"
            + "第?[一二三四五六七八九十]+次(?:全会|全体(?:\\(扩大\\))?会议|全委(?:\\(扩大\\))?会议?)$");

    /** A people's congress or CPPCC session named with no level at all: 人代会, 政协会. */
    private static final Pattern SHORT_ASSEMBLY = Pattern.compile("^(?:人代会|政协会议?)$");

    /** A party congress named by its level only: 省党代会, 市党代会. */
    private static final Pattern LEVEL_CONGRESS = Pattern.compile("([省市县区州])党代会");

    /** A session's number or year before a relayed name: the same meeting written without it is that one. */
    private static final Pattern NUMBERED = Pattern.compile("^(?:\\d{4}年度?|第[一二三四五六七八九十百零〇两\\d]{1,5}次)+");

    /** How a report names the party before a term's number: 党的 / 中共 / 中国共产党 (十九届四中全会). */
    private static final String PARTY_NAMED = "(?:中共|中国共产党|党的)";
    private static final Pattern PARTY_BEFORE_TERM = Pattern.compile("^" + PARTY_NAMED + "(?=第?[一二三四五六七八九十]{1,3}届)");

    /** A party committee written out before its short form: 中共甘肃省委 → 省委. */
    private static final Pattern PARTY_BODY = Pattern.compile("(?:中国共产党|中共)[\\p{IsHan}]{2,6}?(?=[省市县区州]委)");

    /**
     * One meeting written two ways in one article (全国住房城乡建设工作会议 in a lead's boilerplate, 全国住房和城乡建设工作会议
     * where it is relayed): names that fold alike are one relay, the fullest spelling kept where the first stood.
     */
    private static List<RelayRef> onePerSpelling(List<RelayRef> relays) {
        // the headline's 全省法院工作会议 is the lead's 第二十一次全省法院工作会议 or 2018年全省法院工作会议 (`NUMBERED`)
        Map<String, RelayRef> byFold = new LinkedHashMap<>();
        for (RelayRef r : relays) {
            RelayRef full = fullNameOf(r, relays);
            // 党的十九届四中全会 and 中共十九届四中全会: the party named two ways before a plenum's number
            String name = PARTY_BEFORE_TERM.matcher(congressShort(Keys.canonical(full.meetingName()))).replaceFirst("");
            Matcher congress = PARTY_CONGRESS.matcher(name);
            String fold = full.year() + "|" + (full.convenedBy() == null ? "" : full.convenedBy().key()) + "|"
                    + (congress.matches() ? congress.group(1) + congress.group(2) + "党代会"
                            : NameFold.fold(NUMBERED.matcher(name).replaceFirst("")));
            // the fullest spelling, but 党的二十大 over 中国共产党第二十次全国代表大会 (the short name is how it is relayed)
            byFold.merge(fold, r, (a, b) -> national(a) != national(b) ? (national(a) ? b : a)
                    : b.meetingName().length() > a.meetingName().length() ? b : a);
        }
        // 中共甘肃省委十届十一次全委(扩大)会议 in the lead, 省委十届十一次全委(扩大)会议 in the headline: one meeting
        List<RelayRef> out = new ArrayList<>(byFold.values());
        for (RelayRef full : List.copyOf(out)) {
            Matcher party = PARTY_BODY.matcher(Keys.canonical(full.meetingName()));
            if (party.lookingAt()) {
                String shortName = Keys.canonical(full.meetingName()).substring(party.end());
                out.removeIf(o -> o != full && Objects.equals(o.year(), full.year())
                        && Keys.canonical(o.meetingName()).equals(shortName));
            }
        }
        return out;
    }

    private static boolean national(RelayRef r) {
        return NATIONAL_CONGRESS.matcher(Keys.canonical(r.meetingName())).matches();
    }

    /** What may stand before a session's short name in its full one: 党的十八届(五中全会), 全国(两会), 县(两会). */
    private static final Pattern SESSION_QUALIFIER = Pattern.compile(PARTY_NAMED + "?(?:第?[一二三四五六七八九十]+届)?"
            + "(?:全国|全省|全市|全县|全区|省|市|县|区)?");

    /** The one relay but {@code r} that {@code numbered} matches with {@code level} as group 1, else null. */
    private static RelayRef onlyNumbered(RelayRef r, List<RelayRef> relays, Pattern numbered, String level) {
        List<RelayRef> found = relays.stream().filter(o -> o != r).filter(o -> {
            Matcher n = numbered.matcher(Keys.canonical(o.meetingName()));
            return n.matches() && n.group(1).equals(level);
        }).toList();
        return found.size() == 1 ? found.get(0) : null;
    }

    /**
     * 五中全会 after 党的十八届五中全会, 两会 after 全国两会: a session's short name is the session the article names in
     * full, when only one does; otherwise the relay itself.
     */
    private static RelayRef fullNameOf(RelayRef r, List<RelayRef> relays) {
        String shortName = Keys.canonical(r.meetingName());
        Matcher level = LEVEL_CONGRESS.matcher(shortName);
        // 省党代会 after 省第十一次党代会, 市党代会 after 中共某市第十二次代表大会: the one numbered congress of that level
        RelayRef congress = level.matches() ? onlyNumbered(r, relays, PARTY_CONGRESS, level.group(1)) : null;
        if (congress != null) {
            return congress;
        }
        Matcher plenum = COMMITTEE_PLENUM.matcher(shortName);
        RelayRef numberedPlenum = plenum.matches() ? onlyNumbered(r, relays, NUMBERED_PLENUM, plenum.group(1)) : null;
        if (numberedPlenum != null) {
            return numberedPlenum;
        }
        Matcher assembly = LEVEL_ASSEMBLY.matcher(shortName);
        if (assembly.matches()) {
            boolean people = assembly.group(2).equals("人代会");
            List<RelayRef> numbered = relays.stream().filter(o -> o != r).filter(o -> {
                String c = Keys.canonical(o.meetingName());
                return c.startsWith(assembly.group(1)) && c.endsWith("次会议")
                        && (people ? c.contains("人大") || c.contains("人民代表大会") : c.contains("政协"));
            }).toList();
            if (numbered.size() == 1) {
                return numbered.get(0);
            }
        }
        if (!SESSION.matcher(shortName).matches() && !BARE_PLENUM.matcher(shortName).matches()
                && !TERM_SESSION.matcher(shortName).matches()) {
            return r; // 十七届四中全会 after 党的十七届四中全会: the plenum with its term is a short name too
        }
        List<RelayRef> fuller = relays.stream().filter(o -> o != r
                && (o.year() == null || r.year() == null || o.year().equals(r.year()))).filter(o -> {
                    String c = Keys.canonical(o.meetingName());
                    return c.length() > shortName.length() && c.endsWith(shortName)
                            && Regions.matches(SESSION_QUALIFIER, c, 0, c.length() - shortName.length());
                }).toList();
        return fuller.size() == 1 ? fuller.get(0) : r;
    }

    /** Whether a bracket or quote opened in the text is still open at its end. */
    private static boolean openBracket(String text) {
        int depth = 0;
        int quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            depth += c == '(' || c == '（' ? 1 : c == ')' || c == '）' ? -1 : 0;
            quote += c == '“' ? 1 : c == '”' ? -1 : 0;
        }
        return depth > 0 || quote > 0;
    }

    private static boolean within(String simp, String word, int from, int to) {
        int at = simp.indexOf(word, from);
        return at >= 0 && at + word.length() <= to;
    }

    /** How a document's title ends: 《…的通知(送审稿)》, 《…的决定》. */
    private static final Pattern DOCUMENT_END = Pattern.compile("(?:通知|决定|意见|方案|办法|规定|细则|计划|要点)(?:\\([^)]{0,8}\\))?》");

    /** 审议了《…关于深入学习贯彻…精神的通知》: the spirit is in a document's title, not relayed by the meeting. */
    private static boolean inDocumentTitle(String simp, int p) {
        int open = simp.lastIndexOf('《', p);
        if (open < 0 || simp.lastIndexOf('》', p) > open) {
            return false;
        }
        int close = simp.indexOf('》', p);
        return close > 0 && close - p < 60 && DOCUMENT_END.matcher(simp).region(Math.max(p, close - 16), close + 1).find();
    }

    /** Where the sentence holding {@code p} starts: after the last 。 or line break before it. (Not the segmenter's
     * sentence: a clause may start before that one does, after a closing quote.) */
    private static int sentenceStart(String simp, int p) {
        int i = p;
        while (i > 0 && simp.charAt(i - 1) != '。' && simp.charAt(i - 1) != '\n') {
            i--;
        }
        return i;
    }

    /** The meeting items of the list in [start, end); level words before the last item share its name. */
    private void items(Doc doc, int start, int end, Integer meetingYear, Found found) {
        String simp = doc.simp();
        List<int[]> spans = new ArrayList<>();
        Matcher sep = ITEM_SPLIT.matcher(simp.substring(start, end));
        int from = start;
        while (sep.find()) {
            // 和 inside a name (文化和旅游厅): split only where the left part is a complete item or a level word
            String left = simp.substring(from, start + sep.start());
            if (openBracket(left)) {
                continue; // 全市县(市、区)项目谋划推进会, 全市开展“大学习、大调研”工作会议: a 、 inside brackets or
                          // quotes is part of the name (`IN_BRACKETS`)
            }
            if (sep.group().equals("和") || sep.group().equals("与")) {
                // 文化和旅游厅: 和 inside a name; split only after a complete item (a meeting, a speech, a class)
                String l = clean(left);
                if (!isMeeting(l) && !LEVEL.matcher(left).matches() && !isPartialSession(left)
                        && !(l.length() >= 4 && COMPLETE_ITEM.matcher(l).find()) && !left.endsWith("》")) {
                    continue;
                }
            }
            spans.add(new int[] {from, start + sep.start()});
            from = start + sep.end();
        }
        spans.add(new int[] {from, end});
        jointMeetingsOfBodies(simp, spans);
        List<String> levels = new ArrayList<>();
        String term = null; // 十七届 of 十七届二中、三中全会: the term a later bare plenum shares
        for (int i = 0; i < spans.size(); i++) {
            int s = spans.get(i)[0];
            int e = spans.get(i)[1];
            String item = simp.substring(s, e).replace("“", "").replace("”", "");
            int about = item.indexOf("关于");
            boolean levelBefore = false; // 中央、省委关于…会议: the levels name it; the bare name is none of its own
            if (about > 0) {
                if (isMeeting(clean(item.substring(0, about)))) {
                    e = s + about; // 省委常委会议关于安全生产工作有关部署: the meeting, then what it decided
                    item = item.substring(0, about);
                } else if (Regions.matches(LEVEL, item, 0, about)) {
                    levels.add(item.substring(0, about)); // 中央、省委关于当前经济形势分析会议
                    levelBefore = true;
                    s = s + about + 2;
                    item = item.substring(about + 2);
                }
            }
            if (LEVEL.matcher(item).matches()) {
                levels.add(item);
                continue;
            }
            Matcher numbered = NUMBERED_SESSION_OF.matcher(clean(item));
            if (numbered.matches() && i + 1 < spans.size()) {
                // 省委十届十次、市委十届十一次全会: each committee's numbered session, the word after the last shared
                String word = sharedSessionWord(simp, spans, i + 1);
                if (word != null) {
                    add(doc, s, e, clean(item) + word, meetingYear, found);
                    continue;
                }
            }
            if (isPartialSession(item) && i + 1 < spans.size()) {
                // 十七届二中、三中全会; 十九届二中、三中、四中、五中全会: a bare partial session in the middle keeps the term
                String own = item.contains("届") ? item.substring(0, item.indexOf('届') + 1) : null;
                add(doc, s, e, (own == null && term != null ? term : "") + item + "全会", meetingYear, found);
                term = own != null ? own : term;
                continue;
            }
            String name = clean(item);
            if (i > 0 && SHORT_ASSEMBLY.matcher(name).matches()) {
                // 省人代会、政协会: the level of the session before is the bare one's too (`SHORT_ASSEMBLY`)
                Matcher before = LEVEL_ASSEMBLY.matcher(clean(simp.substring(spans.get(i - 1)[0], spans.get(i - 1)[1])));
                if (before.matches()) {
                    add(doc, s, e, before.group(1) + name, meetingYear, found);
                    continue;
                }
            }
            if (term != null && BARE_PLENUM.matcher(name).matches()) {
                add(doc, s, e, term + name, meetingYear, found); // …二中、三中全会: the third plenum of the same term
                term = null;
                continue;
            }
            term = null;
            if (name.equals("全会")) {
                // 习近平总书记在党的二十届三中全会上的重要讲话精神和全会精神: the plenum the speech was given at
                Matcher at = SPOKEN_AT_PLENUM.matcher(simp.substring(Math.max(sentenceStart(simp, s), s - 80), s));
                String plenum = null;
                while (at.find()) {
                    plenum = at.group(1);
                }
                if (plenum != null) {
                    add(doc, s, e, plenum, meetingYear, found);
                }
            }
            if (!isMeeting(name)) {
                levels.clear();
                continue;
            }
            Matcher joined = JOINED_LEVELS.matcher(name);
            boolean several = joined.lookingAt() && isMeeting(name.substring(joined.end()));
            if (!several && !levelBefore) {
                add(doc, s, e, null, meetingYear, found); // 省市…会议, 全国全省…会议: one meeting per level, added below
            }
            // 中央、省委统战工作会议 / 中央和省市…会议: the levels before share the rest of the name
            Matcher level = LEVEL_PREFIX.matcher(name);
            String rest = level.find() ? name.substring(level.end()) : name;
            // 省、市委经济工作会议: the bare level shares the 委 of the committee it stands before (省委…, not 省…)
            String shared = rest == name || !level.group().endsWith("委") ? "" : "委";
            for (String l : levels) {
                for (String one : l.equals("省市") ? List.of("省", "市") : List.of(l)) {
                    addBuilt(doc, s, e, (one.length() == 1 && "省市县区州".indexOf(one.charAt(0)) >= 0 ? one + shared : one)
                            + rest, meetingYear, found);
                }
            }
            if (several) {
                String sharedName = name.substring(joined.end());
                for (String one : levelsOf(joined.group(), sharedName)) {
                    addBuilt(doc, s, e, one + sharedName, meetingYear, found);
                }
            }
            levels.clear();
        }
    }

    /** The last of levels counted together: 处两级, 县三级. */
    private static final Pattern TIERS = Pattern.compile("[\\p{IsHan}]{1,3}?[两三四五]级");
    /** A body that meets with others: 市安全生产委员会, 县防汛抗旱指挥部, 领导小组. */
    private static final Pattern BODY_END = Pattern.compile("(?:委员会|领导小组|指挥部|工作组)$");
    /** The joint meeting the bodies before it hold: …市减灾委员会全体(扩大)会议, …联席会议. */
    private static final Pattern JOINT_MEETING = Pattern.compile("(?:委员会|领导小组|指挥部|工作组)(?:全体|联席|成员)+"
            + "(?:\\(?扩大\\)?)?会议$");

    /**
     * 市安全生产委员会、市自然灾害应急管理委员会、市减灾委员会全体扩大会议: bodies listed with 、 before the meeting they
     * hold together are one name, not items of their own (a body is no meeting).
     */
    private static void jointMeetingsOfBodies(String simp, List<int[]> spans) {
        for (int i = 0; i + 1 < spans.size(); i++) {
            // 区局、处两级中心组集中学习会, 省、市、县三级视频会议: short levels counted after them are one name
            int j = i;
            while (j + 1 < spans.size() && simp.charAt(spans.get(j)[1]) == '、'
                    && spans.get(j)[1] - spans.get(j)[0] <= 3) {
                j++;
            }
            if (j > i && Regions.lookingAt(TIERS, simp, spans.get(j)[0], spans.get(j)[1])) {
                spans.set(i, new int[] {spans.get(i)[0], spans.get(j)[1]});
                spans.subList(i + 1, j + 1).clear();
            }
        }
        for (int i = 0; i + 1 < spans.size(); i++) {
            int j = i;
            while (j + 1 < spans.size() && simp.charAt(spans.get(j)[1]) == '、'
                    && BODY_END.matcher(simp.substring(spans.get(j)[0], spans.get(j)[1]).strip()).find()) {
                j++;
            }
            if (j > i && JOINT_MEETING.matcher(simp.substring(spans.get(j)[0], spans.get(j)[1]).strip()).find()) {
                spans.set(i, new int[] {spans.get(i)[0], spans.get(j)[1]});
                spans.subList(i + 1, j + 1).clear();
            }
        }
    }

    /** A committee's numbered session written without its word: 省委十届十次, 中共某市委第五届第三次. */
    private static final Pattern NUMBERED_SESSION_OF = Pattern.compile("(?:中共)?[\\p{IsHan}]{0,8}?[省市县区州]委"
            + "第?[一二三四五六七八九十]+届第?[一二三四五六七八九十]+次");
    /** The word a later item closes its numbered session with: 全会, 全体(扩大)会议, 全委(扩大)会议. */
    private static final Pattern SESSION_WORD = Pattern.compile("[一二三四五六七八九十]次(全会|全体(?:\\(扩大\\))?会议"
            + "|全委(?:\\(扩大\\))?会议?)$");

    /** The session word of the first later span that is a numbered session too, or null. */
    private String sharedSessionWord(String simp, List<int[]> spans, int from) {
        for (int j = from; j < spans.size(); j++) {
            String c = clean(simp.substring(spans.get(j)[0], spans.get(j)[1]));
            Matcher w = SESSION_WORD.matcher(c);
            if (w.find()) {
                return w.group(1);
            }
            if (!NUMBERED_SESSION_OF.matcher(c).matches()) {
                return null;
            }
        }
        return null;
    }

    /** 在党的二十届三中全会上的重要讲话: the plenum a speech was given at, which a bare 全会精神 after it names. */
    private static final Pattern SPOKEN_AT_PLENUM = Pattern.compile("在((?:党的)?[^,。;在]{0,12}?[一二三四五六七八九十]+中全会)"
            + "(?:第[一二三四五六七八九十]次全体会议)?上的(?:重要)?讲话");

    /**
     * Level words run together before one name: 省市…会议, 全国全省…会议, 省委州委…会议, 中省市…会议 (中 is the national one);
     * a level in brackets is another meeting of the same name (全国(全省)组织部长会议).
     */
    private static final Pattern JOINED_LEVELS = Pattern.compile("^(?:(?:全国|全省|全市)(?:全省|全市|全县|\\((?:全省|全市|全县)\\))+|(?:省委|市委|州委)(?:市委|州委|县委|区委)+|中省市县|中省市(?!场)|中省|省市县|省市(?!场))");
    /** National meetings that the centre, not a ministry, holds: 中省市经济工作会议 is 中央经济工作会议. */
    private static final Pattern CENTRAL_ONLY = Pattern.compile("^(?:经济|农村|城市|金融|统战|民族|政法|组织|宣传思想|外事|人才)"
            + "工作会议$");

    /** The one-level names a run of level words stands for: 全国全省 → 全国, 全省; 中省市 → 全国 (or 中央), 省, 市. */
    private static List<String> levelsOf(String joined, String shared) {
        joined = joined.replace("(", "").replace(")", "");
        if (joined.startsWith("全") || joined.charAt(1) == '委') {
            List<String> out = new ArrayList<>();
            for (int i = 0; i + 2 <= joined.length(); i += 2) {
                out.add(joined.substring(i, i + 2));
            }
            return out;
        }
        List<String> out = new ArrayList<>();
        for (char c : joined.toCharArray()) {
            out.add(c == '中' ? CENTRAL_ONLY.matcher(shared).matches() ? "中央" : "全国" : String.valueOf(c));
        }
        return out;
    }

    /**
     * A name built from a shared level, kept when it names a meeting (省全会 from 省市全会 names none) and no name
     * written in the article holds it (中省市民政工作会议 and 全市民政工作会议 written out later: one meeting).
     */
    private void addBuilt(Doc doc, int s, int e, String name, Integer meetingYear, Found found) {
        if (!isMeeting(name)) {
            return;
        }
        RelayRef kept = add(doc, s, e, name, meetingYear, found);
        if (kept != null) {
            found.built().add(kept);
        }
    }

    /** A list item that is no spirit and no meeting: a speech, an instruction, an article. */
    private static final Pattern ITEM_END = Pattern.compile(NO_SPIRIT_ITEM + "$");

    /**
     * Where a list began a few clauses back, each clause since an item that is no spirit (会议传达学习甲的重要讲话,乙的重要
     * 指示精神): the end of the relaying verb in the first of them, or -1.
     */
    private static int listVerbBefore(String simp, int clause) {
        int c = clause;
        for (int i = 0; i < 6 && c > 1 && simp.charAt(c - 1) == ','; i++) {
            int before = clauseStart(simp, c - 1);
            String item = simp.substring(before, c - 1);
            if (!ITEM_END.matcher(item).find()) {
                return -1;
            }
            Matcher v = VERB.matcher(item);
            if (v.find()) {
                return before + v.end();
            }
            c = before;
        }
        return -1;
    }

    /** Where the relaying verb of the clause before this one ends, or -1. */
    private static int verbEndBefore(String simp, int clause) {
        int before = clauseStart(simp, clause - 1);
        Matcher v = VERB.matcher(simp.substring(before, clause - 1));
        return v.find() ? before + v.end() : -1;
    }

    /**
     * The meeting just held, named back after what is to be done with its spirit (并就抓好会议精神的贯彻落实…, 并对贯彻落实会议
     * 精神提出要求, 并把会议精神传达给…): no meeting's name, only the word 会议 after a verb.
     */
    private static final Pattern NAMED_BACK = Pattern.compile("(?:^并|[就对把将])(?:抓好|做好|抓)?(?:学习|宣传|贯彻|落实|传达|领会)*"
            + "(?:会议|大会|全会)$");

    private boolean isMeeting(String name) {
        if (NOT_A_MEETING.matcher(name).find() || name.indexOf('会') >= 0 && NAMED_BACK.matcher(name).find()) {
            return false;
        }
        if (SESSION.matcher(name).find()) {
            return true; // 两会, 全会: short names of sessions
        }
        if (name.length() < 3) {
            return false;
        }
        for (String f : forms) {
            if (name.endsWith(f)) {
                return true;
            }
        }
        return name.length() >= 5 && RELAYED_GATHERING.matcher(name).find();
    }

    /** A forum is no meeting of a body, but its spirit is relayed like one's: 传达贯彻第2届中国—东盟大法官论坛精神. */
    private static final Pattern RELAYED_GATHERING = Pattern.compile("论坛$");

    /** A plenum named without its term (三中全会), which a partial session before it in the list supplies. */
    private static final Pattern BARE_PLENUM = Pattern.compile("[一二三四五六七八九十]+中全会");
    /** A session's name with 会议 after it again (省第十二次党代会会议精神, 全国两会的会议精神): the session's name. */
    private static final Pattern SESSION_THEN_MEETING = Pattern.compile("(?<=两会|党代会|全会|人代会|大会)的?会议$");

    /** 三中, 十九届三中: a plenum cut short in a list (十九届三中、四中全会). */
    private static final Pattern PARTIAL_SESSION = Pattern.compile("(?:[一二三四五六七八九十]+届)?[一二三四五六七八九十]+中");

    /** The sessions a sentence may open on: 全会, 两会, 党代会, 代表大会. */
    private static final class Sessions {
        static final List<String> WORDS = List.of("全会", "两会", "党代会", "代表大会");

        /** Whether [from, to) names one: the pattern that needs one is not tried without it. */
        static boolean named(String text, int from, int to) {
            for (String w : WORDS) {
                if (text.indexOf(w, from, to) >= 0) {
                    return true;
                }
            }
            return false;
        }
    }

    /** A精神和B精神: what joins one spirit to the next list. */
    private static final Pattern SPIRIT_JOINER = Pattern.compile("^(?:和|及|以及|、|与)");

    /** 传达全国教育大会、全国高校本科教学工作等会议精神: the list's last item takes the form its 等 shares (not 大会等会议). */
    private static final Pattern ETC_BEFORE_FORM = Pattern.compile("(?<![会議议])等(?=会议$|會議$)");

    private static boolean isPartialSession(String item) {
        return PARTIAL_SESSION.matcher(item).matches();
    }

    private static String clean(String item) {
        return LEAD.matcher(item.replace("“", "").replace("”", "").strip()).replaceFirst("");
    }

    /**
     * @param built a name not written as such (a shared level's), or null for the span's own text
     * @return the reference kept, or null when none was (no name, or one of its key already in its meeting's part)
     */
    private RelayRef add(Doc doc, int s, int e, String built, Integer meetingYear, Found found) {
        String written = built != null ? built : doc.written(s, e).replace("“", "").replace("”", "").strip();
        written = DAY_IN_NAME.matcher(NAME_LEAD.matcher(written).replaceFirst("")).replaceAll("").strip();
        Matcher held = HELD_INSIDE.matcher(written);
        if (held.lookingAt()) {
            // 县委召开的县委常委会会议: the name may start with its body again
            String rest = written.substring(held.end());
            written = rest.startsWith(held.group("body")) ? rest : held.group("body") + rest;
        }
        if (built == null) {
            String simp = Keys.canonical(written);
            if (simp.startsWith("的") || simp.isEmpty()) {
                return null;
            }
        }
        written = SESSION_THEN_MEETING.matcher(written).replaceFirst("");
        written = ETC_BEFORE_FORM.matcher(written).replaceFirst("");
        Integer year = meetingYear;
        OrganizationRef conv = null;
        String name = written;
        // 省局全省…会议, 国家局2020年…, 国家邮政局全国…会议: the convener written before the meeting, maybe in short
        Matcher lead = CONVENER_LEAD.matcher(dev.policygraph.ingest.script.Script.simplify(written));
        if (lead.lookingAt() && (ShortForms.isShortConvener(lead.group(1))
                || orgs.looksLikeBody(lead.group(1)) && lead.group(1).length() >= 3)) {
            conv = orgs.of(written.substring(0, lead.end(1)));
            name = written.substring(lead.end(1));
            written = name;
        }
        Matcher y = YEAR.matcher(written);
        if (y.find()) {
            year = Integer.valueOf(y.group(1));
            String before = written.substring(0, y.start());
            if (conv == null && before.length() >= 2
                    && orgs.looksLikeBody(dev.policygraph.ingest.script.Script.simplify(before))) {
                conv = orgs.of(before);
                name = written.substring(y.start());
            }
        } else {
            Integer sessionYear = sessionYear(name);
            if (sessionYear != null) {
                year = sessionYear; // 党的二十届三中全会 relayed in 2025: the plenum is 2024's whatever year relays it
            }
        }
        String key = Keys.meetingKey(year, conv == null ? null : conv.key(), name, null);
        return found.keep(new RelayRef(name, key, year, conv, doc.evidence(s, e)));
    }

    /** The sessions of {@code dated_sessions.txt} by name, each with the year it closed. */
    private static final Map<String, Integer> SESSION_YEARS = sessionYears();

    private static Map<String, Integer> sessionYears() {
        Map<String, Integer> out = new java.util.HashMap<>();
        Lexicon.pairs("dated_sessions").forEach((n, d) -> out.put(n, Integer.valueOf(d.substring(0, 4))));
        return Map.copyOf(out);
    }

    /** The year of a dated session a relay names (党的二十大, 十四届全国人大二次会议), or null. */
    private static Integer sessionYear(String written) {
        String k = congressShort(Keys.canonical(written));
        k = k.startsWith("党的") ? k.substring(2) : k.startsWith("中国共产党") ? k.substring(5) : k;
        return SESSION_YEARS.get(k);
    }

    /**
     * The references as the meeting they are reported at means them: convener short forms and scope words read
     * against that meeting's convener ({@link ShortForms#relayTarget}).
     *
     * @param ownConvener canonical key of the relaying meeting's convener, or null
     */
    public static List<RelayRef> seenFrom(List<RelayRef> relays, String ownConvener) {
        return relays.stream().map(r -> {
            var target = ShortForms.relayTarget(r.key(), r.meetingName(), r.year(),
                    r.convenedBy() == null ? null : r.convenedBy().key(), ownConvener);
            return new RelayRef(r.meetingName(), target.key(), r.year(), r.convenedBy(), target.convenerKey(),
                    r.evidence());
        }).toList();
    }

    private static int clauseStart(String st, int before) {
        int p = -1;
        for (char c : new char[] {',', ':', ';', '。', '!', '?', '\n'}) {
            p = Math.max(p, st.lastIndexOf(c, Math.max(0, before - 1)));
        }
        return p + 1;
    }
}
