package dev.policygraph.ingest.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.policygraph.ingest.Level;
import dev.policygraph.ingest.Evidence;
import dev.policygraph.ingest.MeetingItem.DatePrecision;
import dev.policygraph.ingest.OrganizationRef;
import dev.policygraph.ingest.lexicon.HeadedPattern;
import dev.policygraph.ingest.lexicon.Lexicon;
import dev.policygraph.ingest.script.Han;
import dev.policygraph.ingest.script.Keys;
import dev.policygraph.ingest.script.Script;
import dev.policygraph.ingest.extract.LeadDates.Dated;
import dev.policygraph.ingest.segment.Sentence;

/**
 * Every meeting an article reports as held, in order of first mention. A report names a meeting in one of these
 * ways, all seen in published articles:
 * <ul>
 * <li>as the object of a holding verb: {@code <date>,<convener>召开<name>}, {@code <title><chair>主持召开<name>},
 * {@code 组织召开}, {@code 联合召开}, {@code 举行}, {@code 召开A和B} (two meetings);</li>
 * <li>as the subject: {@code <date>,<name>在<place>召开}, {@code <name>开幕}, {@code A、B召开};</li>
 * <li>by its form only ({@code <body>党组召开会议}, {@code 召开扩大会议}): the name is the body plus the form;</li>
 * <li>a session watched at a branch venue ({@code 组织收听收看“<name>”}).</li>
 * </ul>
 * A meeting being prepared or planned ({@code 将于…召开}, {@code 筹备}), one named as background ({@code …召开之前},
 * {@code …召开的…精神}) or one only relayed is not reported. A headline and the body lead that repeat a meeting are
 * one meeting: the mentions merge, the body's date and the fuller name win.
 */
public final class MeetingFinder {

    private static final Pattern ASPECT_AT_END = Pattern.compile("(?:了|过)$");
    private static final Pattern PARTY_ORGAN_WRITTEN = Pattern.compile("(?:党组|黨組|党委|黨委)$");

    /**
     * A meeting the article reports.
     *
     * @param sentence the sentence of its first dated (else first) mention: the start of what the article says of it
     */
    public record Lead(String name, String form, LocalDate date, DatePrecision precision, OrganizationRef convener,
            int sentence, Evidence evidence) {
    }

    /** A clause that says the meeting is not (yet) held: planned, prepared, or about to be. */
    /** Words that set a meeting in time to come: 将于, 拟在, 定于 …. */
    private static final String TO_COME = "将于|将在|拟于|拟在|定于|计划于";
    private static final Pattern NOT_HELD = Pattern.compile("(?=[将拟即准筹计定关决同研建提要应以确不未没尚并])(?:" + TO_COME + "|即将|准备召开|确定|"
            + "不(?:会|再)?$|未$|没有$|尚未$|并未$|" // 闭幕后不(会)举行总理记者会: a meeting said not to be held
            // 筹备 in a body's name (党代会筹备组, 筹备工作领导小组秘书处召开会议) or a meeting's (…大会筹备工作推进会召开)
            // is no plan: that meeting is held; any other 筹备 prepares one
            + "筹备(?!组|工作组|委员会|工作领导小组|领导小组|办公室|办|会|工作[\\p{IsHan}]{0,4}会)|关于召开|将召开|将举行|"
            + "决定|同意|研究召开|建议召开|提请|将$|拟$|关于$|要$|(?<!予)以$|将(?:分|陆续|相继|再次)[^,。;]{0,4}$|"
            + "(?:要|应当|应)(?:及时|迅速|尽快|抓紧|立即|适时|定期|按时|专门|认真|第一时间)(?:组织)?$)");
    /** A notice of meetings to come, listed after a colon: 省政府新闻办将在…召开两场新闻发布会:. */
    private static final Pattern ANNOUNCES_ITEMS = Pattern.compile("(?:" + TO_COME + ")[^。;]{0,60}?(?:召开|举行|举办)"
            + "[^。;]{0,30}?[::]\\s*$");
    /** An item of such a list: 一、…, (二)…, 3.…. */
    private static final Pattern ANNOUNCED_ITEM = Pattern.compile("^\\s*(?:[一二三四五六七八九十]+、|\\([一二三四五六七八九十\\d]+\\)|\\d+[.、])");
    /** A clause that asks others to hold one: 各股室要在本周内召开专题会议. */
    private static final Pattern ASKED = Pattern.compile("(?<![重主需纲提只])要(?![点闻素求])|需要|必须|务必|应当");
    /**
     * Right before the verb: meetings counted or used as a means (共召开, 通过召开), held by many (各地纷纷召开, 多部门密集
     * 举行: no one meeting), or still to come (下月召开); not 先后
     * (甲先后主持召开A和B reports both).
     */
    private static final Pattern SUMMED_OR_COMING = Pattern.compile("(?:多次|共|累计|通过|定期|经常|通常|每月|每周|每季度|"
            + "下半年|下个?月|下周|明年|年底前|月底前|年内|近期|适时|择期|纷纷|密集)$");
    /**
     * A sentence that is no news: an article of rules (第五条 常务委员会举行会议,应当…), a file photo's caption (资料图:2016年
     * 3月2日,…举行).
     */
    private static final Pattern NO_NEWS_OPENING = Pattern.compile("^\\s*(?:第[一二三四五六七八九十百零\\d]+条|资料(?:图片?|照片)[::])");
    /** 随着…新闻发布会召开,…进入“两会时间”: the holding sets a time, the sentence tells something else (隨著 keeps 著 once simplified). */
    private static final Pattern ALONG_WITH = Pattern.compile("^随[着著]");
    /** A sentence that reviews a period (2023年,…; 今年以来,…): what it tells was held before the article's meeting. */
    private static final Pattern PERIOD_OPENING = Pattern.compile("^\\s*(?:\\d{4}年(?:以来|上半年|下半年|度)?|今年以来|去年以来|"
            + "近年来|近年以来|一年来|\\d{1,2}月(?:份)?以来|今年上半年|上半年|下半年)[,:]");
    /**
     * A sentence of the meeting's or a speaker's demands or views (会议指出,要保持高度警惕,及时组织召开专题会议; 会议指出,
     * …先召开党代会…,然后召开人代会): the meetings it names are asked for or planned, not held; so too what a sentence
     * that opens with 要 asks for. Not 根据…要求, (根据上级要求,5月10日集团党委召开了…): what the meeting was held by.
     */
    private static final Pattern DEMANDS_OPEN = Pattern.compile("^\\s*(?!根据|按照|遵照|依照)[^,。;:]{0,16}?(?:指出|强调|要求)[,:]");
    /** A sentence that is itself a demand (要保持高度警惕,…及时组织召开专题会议). */
    private static final Pattern ASKED_OPENING = Pattern.compile("^\\s*(?:要|必须|务必)");
    /** A sentence that decides on a meeting: 会议决定,于7月10日召开…. */
    private static final Pattern DECIDED = Pattern.compile("(?:决定|议定|确定|商定)[,:]");
    /** After a name: one kind among others (…推进会等方式, …等会议), not a meeting held. */
    private static final Pattern LISTED_AFTER = Pattern.compile("^、?[^,。;]{0,20}?等(?:多种|各种|多样)?(?:方式|形式|会议|活动|载体|途径)");

    private static final Pattern HOLDING_VERB = Pattern.compile("召开|举行");
    /** 近日,我省部分市(州)教育行政部门召开会议: many bodies, each its own meeting, which a digest then tells one by one. */
    private static final Pattern MANY_HOLDERS = Pattern.compile("(?:部分|各|多个|一些|多家|多地|不少|众多)[^,。;]{0,16}?"
            + "(?:部门|单位|地区|地方|机关|学校|企业|市|县|区|州)\\)?(?:纷纷|相继|陆续|分别|也|都|均)?$");

    /** 会议集中学习了…和区委召开全区领导干部会议传达…: a meeting held is what the article's meeting learned of. */
    private static final Pattern LEARNED_CONTENT = Pattern.compile("(?:学习|传达|通报)了");

    /**
     * What before a holding verb says the meeting is not one the article reports: asked of others, counted over a
     * period, a means, still to come, or decided on.
     */
    private static boolean notReported(String st, int clauseStart, int verbStart) {
        String clause = st.substring(clauseStart, verbStart);
        return ASKED.matcher(clause).find() || LEARNED_CONTENT.matcher(clause).find() || SUMMED_OR_COMING.matcher(ASPECT_AT_END.matcher(clause).replaceAll("")).find()
                || MANY_HOLDERS.matcher(clause).find()
                || DEMANDS_OPEN.matcher(st).lookingAt()
                || ASKED_OPENING.matcher(st).lookingAt() && Regions.find(ASKED, st, 0, verbStart)
                || PERIOD_OPENING.matcher(st).lookingAt() || Regions.find(DECIDED, st, 0, verbStart)
                || NO_NEWS_OPENING.matcher(st).lookingAt() || ALONG_WITH.matcher(clause).lookingAt();
    }

    /** A sentence that tells what came before the article's meeting: 此前,省厅召开了…会议. */
    private static final Pattern BACKGROUND = Pattern.compile("^\\s*(?:此前|早在|在此之前)");
    /**
     * After the verb: a time around the meeting, not the meeting (…大会召开之际), or one still to come (党代会召开在即,
     * 距离…大会召开还有半个月).
     */
    private static final Pattern AFTER_NOT_HELD = Pattern.compile("^(?:之前|前夕|前|期间|以来|之际|之年|时|的|后|以后|之后|上|结束|"
            + "在即|还有|还剩|倒计时|地)"); // 两次古田会议召开地: where it was held once
    /** 召开民营企业座谈会2万余次, 召开座谈会3场: meetings counted, none of them one the article reports. */
    private static final Pattern COUNTED_AFTER = Pattern.compile("(?:\\d+|[一二三四五六七八九十两几百千万]+)[万千百]?余?(?:次|场)");

    /** 会议召开前一天送到…, 召开期间, 召开之际: a time around a meeting's holding, no meeting's name after the verb. */
    private static final Pattern TIME_AROUND_HOLDING = Pattern.compile("(?:之前|前夕|前(?!期)|期间|之际|时|后(?!勤)|以后|之后|在即)"
            + "(?![\\p{IsHan}]{0,30}?(?:会议|会)(?:[,。;]|$))");
    private static final Pattern OBJECT_VERB = Pattern.compile("(?=[组主联召举开进])(?:(?:组织召开|主持召开|联合召开|召开|联合主办|主办)了?|举行了|举行|"
            + "举办了|举办|组织开展了?|组织|开展了?|进行了?|主持(?!召开)了?)"); // 又进行了集体学习: 了 is no part of the name
    private static final HeadedPattern OBJECT_VERB_SCAN = HeadedPattern.of(OBJECT_VERB);
    /** A day or time told before a chair's verb: the chairing reported as an event (县长甲10日上午主持县务会议时). */
    private static final Pattern DAY_BEFORE_CHAIR = Pattern.compile("\\d{1,2}日|" + LeadDates.DAY_WRITTEN_IN + "|上午|下午|今日|今天|昨日|昨天");
    /** A meeting named by its form alone: 会议, 会, 本次会议. */
    private static final Pattern BARE_FORM = Pattern.compile("(?:本次|此次|这次)?(?:会议|会|大会)");
    /**
     * After a meeting's name, its verb: the day and place may come between (…工作会议2月9日在市政府召开), and a session
     * that closes was held too (…会议1月15日上午闭幕), and so is one held in a manner (…会议以视频会形式召开). 闭幕会,
     * 开幕式, 开幕大会 are sessions, no verb (…工作总结会近日召开 says when only vaguely): 在…全国代表大会闭幕会上的重要讲话 tells where a relayed speech was given. A congress
     * closing may first complete its agenda (…代表大会圆满完成各项议程,20日上午在北京闭幕).
     */
    private static final Pattern SUBJECT_VERB = Pattern.compile("(?:(?:圆满|顺利)?完成(?:了)?各项议程(?:后)?,)?(?:于[^,。;]{1,14}?)?"
            + "(?:(?:(?:\\d{4}年)?\\d{1,2}月)?\\d{1,2}日(?:上午|下午|晚上?)?(?:\\d{1,2}[时点](?:\\d{1,2}分|半)?)?)?(?:(?:今日|今天)(?:上午|下午)?(?=在))?(?:近日|日前|近期|昨天|昨日)?(?:[在于][\\p{IsHan}\\d]{1,20})?(?:(?:以|通过)[^,。;]{1,12}?(?:形式|方式))?"
            + "(?:今日|今天)?(?:隆重|顺利|正式|胜利|如期)?(?:召开|(?:开幕|闭幕)(?![会式词]|大会)|举行|举办)");
    /** A holding verb with 的 inside what would be a name: it describes a meeting (…时刻召开的一次重要会议). */
    private static final Pattern HELD_INSIDE_NAME = Pattern.compile("(?:召开|举行)的");
    /** Events that 举办 holds and that end like a meeting (…运动会暨…大会). */
    private static final Pattern EVENT = Pattern.compile("运动会|招聘会|博览会|展览会|展销会|交易会|晚会|联欢会|音乐会|演唱会|"
            + "运动大会|健身大会|奥运会|冬奥会|残奥会|亚运会|全运会|世博会|进博会|广交会");
    /** A name that ends as an event does (联谊会, 茶话会, 文艺晚会): not a meeting, whatever verb holds it. */
    private static final Pattern EVENT_END = Pattern.compile("(?:" + EVENT.pattern() + "|联谊会|茶话会|演讲会|故事会|推介会|招商会|"
            + "洽谈会|签约会|分享会|品鉴会|游园会)$");
    /** What after a name says it is planned, not held: 研究了召开X有关事宜. */
    private static final Pattern PLANNED_AFTER = Pattern.compile("^[^,。;]{0,4}(?:有关事宜|相关事宜|事宜|有关事项|相关事项|准备工作|的决定|的通知|议程|筹备|的时间|的可能性?|的必要性?)"); // 召开…会议的可能性很小: weighed, not held
    /**
     * A forum or work meeting a dated lead says a body (组织)开展: 11月16日,某街道开展人大代表座谈会; 6月2日,集团组织开展…安全生产
     * 工作会议.
     */
    private static final Pattern FORUM = Pattern.compile("(?:座谈会|座谈交流会|交流会|工作会议)$");
    /** Forms of a study session, which 组织 and 开展 also hold (组织党组理论学习中心组学习). */
    private static final Pattern STUDY = Pattern.compile("学习(?:会议|会)?$|读书会$");
    private static final Pattern WATCHED = Pattern.compile("收听收看“?(?<name>[^”,。;]{2,40}?会议)”?");
    /** A meeting named only by what kind it is: the name becomes the body plus this. */
    private static final Pattern BARE = Pattern.compile("^(?:[\\d\\s]*|扩大|\\(扩大\\))(?:党组|党委|党组\\(扩大\\)|党委\\(扩大\\))?"
            + "(?:扩大|\\(扩大\\))?(?:会议|会)$");
    /**
     * A name that says only what kind of meeting its body held, with no topic or scope of its own (2022年第二十三次党组会议,
     * 全体干部大会, 第一次全体(扩大)会议, 党委理论中心组专题学习研讨会, 视频工作会议): it is the holding body's, whose name it
     * takes before it, as {@link #BARE} names do.
     */
    private static final Pattern KIND_ONLY = Pattern.compile("^(?:\\d{4}年)?(?:第[一二三四五六七八九十\\d]{1,4}次)?"
            + "(?:扩大|\\(扩大\\))?(?:党组|党委)?(?:扩大|\\(扩大\\))?(?:理论学习中心组|理论中心组|中心组)?(?:专题)?"
            + "(?:全体干部职工|干部职工|全体干部|全体党员干部|全体|视频工作|视频|工作)?(?:扩大|\\(扩大\\))?(?:学习研讨|学习)?(?:会议|大会|会)$");
    /**
     * Bodies whose names end like a meeting (…会): never a meeting name by themselves. The ends of bodies' names in
     * {@code org_suffixes.txt} that end in 会 (协会, 贸促会, …), and a few that are no suffix there; not 协商会, which ends
     * like 商会 (a chamber of commerce) and is a consultation meeting (专题协商会).
     */
    private static final Pattern BODY_LIKE = Pattern.compile("(?:" + Lexicon.alternation(java.util.stream.Stream.concat(
            Lexicon.words("org_suffixes").stream().filter(w -> w.endsWith("会")),
            java.util.stream.Stream.of("工会", "政协常委会", "理事会", "工商联", "人大常委会党组")).toList()) + ")(?<!协商会)$");

    private static final int MAX_NAME = 60;
    /** Words that end a meeting's name and start what the meeting did. */
    private static final Pattern STOP_IN_NAME = Pattern.compile("传达|学习贯彻|贯彻落实|精神|研究部署|部署|听取|审议|通报|总结|"
            + "专题学习|集中学习习|深入学习");

    private final Organizations orgs;
    private final Conveners conveners;
    private final Pattern subjectName;
    private final List<String> forms = Lexicon.longestFirst("meeting_forms");
    /** The last characters of the meeting forms (会, 议 …): a form can end only after one of them. */
    private final String formLasts = forms.stream().map(f -> f.substring(f.length() - 1)).distinct()
            .reduce("", String::concat);

    public MeetingFinder(Organizations orgs) {
        this.orgs = orgs;
        this.conveners = new Conveners(orgs);
        String form = "(?:" + Lexicon.alternation("meeting_forms") + ")";
        subjectName = Pattern.compile("(?<name>[^,。;:!?“”\\n]{2,60}?" + form + ")(?:(?:、|(?<=会议)[和及])(?<second>[^,。;:!?“”\\n]{2,60}?"
                + form + "))?(?=" + SUBJECT_VERB.pattern() + ")");
    }

    /** A mention of a meeting in one sentence, before merging. */
    private record Mention(String name, String nameSimp, String form, LocalDate date, DatePrecision precision,
            OrganizationRef convener, int sentence, Evidence evidence, boolean headline) {

        /** The same mention under another name. */
        Mention named(String newName) {
            return named(newName, form);
        }

        /** The same mention under another name of another form (a session's name, then 分组讨论). */
        Mention named(String newName, String newForm) {
            return new Mention(newName, Keys.canonical(newName), newForm, date, precision, convener, sentence, evidence,
                    headline);
        }

        /** The same mention held on another day. */
        Mention dated(LocalDate day, DatePrecision dayPrecision) {
            return new Mention(name, nameSimp, form, day, dayPrecision, convener, sentence, evidence, headline);
        }
    }

    public List<Lead> findAll(Doc doc, LocalDate published) {
        List<Mention> mentions = new ArrayList<>();
        boolean announcedItems = false;
        int itemParagraph = -1;
        for (Sentence s : doc.sentences()) {
            String st = doc.simp(s);
            if (announcedItems && (ANNOUNCED_ITEM.matcher(st).lookingAt() || s.paragraph() == itemParagraph)) {
                itemParagraph = s.paragraph();
                continue; // 一、2月28日上午9:30,…举行…新闻发布会。…主持: an item of meetings announced, still to come
            }
            // the notice ends on a colon: most sentences hold none, and the pattern is not tried on them
            announcedItems = (st.indexOf(':') >= 0 || st.indexOf('：') >= 0) && ANNOUNCES_ITEMS.matcher(st).find();
            itemParagraph = -1;
            boolean headline = isHeadline(doc, s);
            objectMentions(doc, s, st, published, headline, mentions);
            subjectMentions(doc, s, st, published, headline, mentions);
            watchedMentions(doc, s, st, published, headline, mentions);
            spokenAtMentions(doc, s, st, published, headline, mentions);
            heldAtMentions(doc, s, st, published, headline, mentions);
            summonedMentions(doc, s, st, published, headline, mentions);
            gatheredMentions(doc, s, st, published, headline, mentions);
            transcriptMentions(doc, s, st, published, mentions);
            relayingSessionMentions(doc, s, st, published, headline, mentions);
            electedAtMentions(doc, s, st, published, headline, mentions);
            learnedAtMentions(doc, s, st, published, headline, mentions);
            namedOnlyMentions(doc, s, st, published, headline, mentions);
            groupMentions(doc, s, st, published, headline, mentions);
        }
        List<Lead> leads = sittingsNamed(doc, merge(mentions));
        if (leads.isEmpty()) {
            Lead talk = heldByTalkOnly(doc, published);
            talk = talk != null ? talk : attendedOnly(doc, published);
            leads = talk == null ? leads : new ArrayList<>(List.of(talk));
        }
        if (!leads.isEmpty() && leads.get(0).date() == null) {
            leads.set(0, datedByLead(doc, leads.get(0), published, leads.size() > 1 ? leads.get(1).sentence() : -1));
        }
        return withoutBygone(leads);
    }

    /** A dated lead whose meeting is only a verb: …与企业家交流座谈, …座谈征求部分专家意见. */
    private static final Pattern TALK_VERB = Pattern.compile("(?:交流座谈|座谈交流|进行座谈|开展座谈|座谈征求|与[^,。;]{2,60}?座谈)");
    /** The meeting named later by its form: 座谈会上, 在座谈会中. */
    private static final Pattern TALK_NAMED_LATER = Pattern.compile("座谈会(?:上|中|现场)");

    /**
     * 7月27日上午,部长甲与10余名企业家交流座谈 … 座谈会上,…: no meeting named, but a dated lead held one by a verb and the
     * article then names it by its form; a talk on a visit that the article never calls a 座谈会 stays a visit.
     */
    private Lead heldByTalkOnly(Doc doc, LocalDate published) {
        if (!TALK_NAMED_LATER.matcher(doc.simp()).find()) {
            return null;
        }
        for (Sentence s : doc.sentences()) {
            if (isHeadline(doc, s)) {
                continue;
            }
            String st = doc.simp(s);
            Matcher d = LeadDates.DATE.matcher(st);
            if (!d.find() || d.start() >= 40) {
                return null; // the first sentence of the body is the lead, or there is none
            }
            Matcher talk = TALK_VERB.matcher(st);
            if (!talk.find() || NOT_HELD.matcher(st).find()) {
                return null;
            }
            Dated dated = LeadDates.date(st, 0, d.end(), d.end(), published, null);
            return new Lead("座谈会", "座谈会", dated.date(), dated.precision(), null, s.index(),
                    doc.evidence(s.start(), s.end()));
        }
        return null;
    }

    /** 副市长甲出席督查对接会。, 出席汇报会: a short meeting named by its form only as what someone attends. */
    private static final Pattern ATTENDS_FORM = Pattern.compile("出席了?(?<name>[^,。;:、“”《》\\s]{0,8}?"
            + "(?:汇报会|对接会|座谈会|反馈会|见面会|推进会|通报会))[。,]");

    /**
     * 区统计局…参加了国家统计局七人普工作视频会议。…视频会议由国家统计局副局长甲主持: a named meeting attended, which the text
     * goes on to say someone chaired (a visit's 参加调研座谈会 says no more of it).
     */
    private static final Pattern ATTENDS_NAMED = Pattern.compile("参加了(?<name>[^,。;:、“”《》\\s]{4,30}?"
            + "(?:视频会议|电视电话会议|会议))[。,]");
    private static final Pattern CHAIRED_BY = Pattern.compile("(?:视频会议|电视电话会议|会议|会上?)由[^,。;]{2,40}?主持");

    /**
     * 9月21日上午,市督导组莅清,就…进行督导。县委常委、副县长甲出席汇报会。: an article holding no meeting otherwise, whose
     * lead (its first two body sentences) says an official attends a meeting named only by its form, reports that one,
     * dated by the lead.
     */
    private Lead attendedOnly(Doc doc, LocalDate published) {
        int body = 0;
        Dated leadDate = null;
        boolean chaired = CHAIRED_BY.matcher(doc.simp()).find();
        for (Sentence s : doc.sentences()) {
            if (isHeadline(doc, s)) {
                continue;
            }
            if (body++ == 2) {
                return null;
            }
            String st = doc.simp(s);
            Matcher d = LeadDates.DATE.matcher(st);
            if (leadDate == null && d.find() && d.start() < 40) {
                leadDate = LeadDates.date(st, 0, d.end(), d.end(), published, null);
            }
            Matcher m = attended(st, chaired);
            if (m != null && !Regions.find(NOT_HELD, st, clauseStart(st, m.start()), m.start())) {
                String name = m.group("name");
                return new Lead(name, formOf(name), leadDate == null ? null : leadDate.date(),
                        leadDate == null ? DatePrecision.UNKNOWN : leadDate.precision(), null, s.index(),
                        doc.evidence(s.start() + m.start("name"), s.start() + m.end("name")));
            }
        }
        return null;
    }

    /** A meeting named by its form that the sentence attends, else (when the text says one was chaired) a named one. */
    private static Matcher attended(String st, boolean chaired) {
        Matcher form = ATTENDS_FORM.matcher(st);
        if (form.find()) {
            return form;
        }
        Matcher named = ATTENDS_NAMED.matcher(st);
        return chaired && named.find() ? named : null;
    }

    /** A lead that is only a day and a meeting's name, with no verb: 2月23日上午,某县2022年教育工作会议。 */
    private static final Pattern DAY_AND_NAME = Pattern.compile("^\\s*(?:\\d{4}年)?\\d{1,2}月\\d{1,2}日(?:上午|下午|晚上?)?,"
            + "(?<name>[^,。;:“”]{4,60}?(?:会议|大会|会))。");

    /** A verb inside what would be a lead's bare name: 召开, (组织)收看, 开展, 参加 …; not 组织, a noun in 组织工作会议. */
    private static final Pattern VERB_IN_NAME = Pattern.compile("召开|举行|举办|主办|开展|进行|主持|收看|收听|观看|参加|出席|列席");

    /** 2月23日上午,某县…工作会议。县委常委甲主持会议…: a dated lead naming its meeting without a verb reports it. */
    private void namedOnlyMentions(Doc doc, Sentence s, String st, LocalDate published, boolean headline,
            List<Mention> out) {
        Matcher m = DAY_AND_NAME.matcher(st);
        if (headline || !m.lookingAt()) {
            return;
        }
        String name = m.group("name");
        if (formOf(name) == null || BODY_LIKE.matcher(name).find() || EVENT_END.matcher(name).find()
                || VERB_IN_NAME.matcher(name).find()) {
            return; // 9月21日,市审计局召开…学习研讨会。, 某镇组织收看…大会。: a verb after all, read as an object or not at all
        }
        OrganizationRef convener = conveners.convenerInName(doc, s.start() + m.start("name"), name);
        add(doc, s, st, m.start("name"), m.end("name"), convener, m.start("name"), published, headline, out);
    }

    /** A session's name: …人大五次会议, …职工代表大会第四次会议, …第二届人民代表大会. */
    private static final Pattern SESSION_NAME = Pattern.compile("(?:次会议|代表大会)$");
    /**
     * A session or its presidium just before the verb that holds a sitting: 县十八届人大五次会议举行预备会议, 州十二届人大六次
     * 会议主席团举行第二次会议.
     */
    private static final Pattern SESSION_HOLDS = Pattern.compile("([^,。;:、“”\\s]{4,40}?(?:次会议|代表大会|主席团))(?:举行|召开)了?$");
    /** A sitting named by its number or kind alone: 预备会议, 第二次会议, 第一次全体会议. */
    private static final Pattern SITTING = Pattern.compile("预备会议|第[一二三四五六七八九十\\d]{1,3}次(?:全体)?会议");
    /** A sitting named by its kind in a word or two, held by the session written before it: 某会议举行议政大会, 分组会议. */
    private static final Pattern SHORT_SITTING = Pattern.compile("\\p{IsHan}{1,3}(?:大会|会议)");

    /**
     * A sitting named bare (预备会议, 第二次会议) is the session's: named after the session (or its presidium) written just
     * before its verb; a preparatory meeting, else, after the one session the article reports.
     */
    private static List<Lead> sittingsNamed(Doc doc, List<Lead> leads) {
        List<Lead> out = new ArrayList<>(leads);
        for (int i = 0; i < out.size(); i++) {
            Lead l = out.get(i);
            String bare = l.evidence() == null ? "" : Keys.canonical(l.name());
            if (!SITTING.matcher(bare).matches() && !SHORT_SITTING.matcher(bare).matches()) {
                continue;
            }
            Sentence s = doc.sentences().get(l.evidence().sentence());
            int nameAt = doc.simp().indexOf(bare, s.start());
            String session = null;
            Matcher before = nameAt < 0 || nameAt >= s.end() ? null
                    : SESSION_HOLDS.matcher(doc.simp().substring(s.start(), nameAt));
            if (before != null && before.find()) {
                session = doc.written(s.start() + before.start(1), s.start() + before.end(1));
            } else if (bare.equals("预备会议")) {
                List<Lead> sessions = leads.stream().filter(o -> o != l)
                        .filter(o -> SESSION_NAME.matcher(Keys.canonical(o.name())).find()).toList();
                session = sessions.size() == 1 ? sessions.get(0).name() : null;
            }
            if (session != null) {
                out.set(i, new Lead(session + l.name(), l.form(), l.date(), l.precision(), l.convener(), l.sentence(),
                        l.evidence()));
            }
        }
        return out;
    }

    /** How long before the article's latest meeting another one it tells of is background, not reported. */
    private static final int BYGONE_DAYS = 366;

    /**
     * 今天上午…党组召开会议…。2020年11月30日,中央政治局…举行第二十五次集体学习: a meeting told as held years before the
     * one the article reports is its background (a report that tells only an old meeting keeps it: a copy published late).
     */
    private static List<Lead> withoutBygone(List<Lead> leads) {
        LocalDate latest = leads.stream().map(Lead::date).filter(d -> d != null).max(LocalDate::compareTo).orElse(null);
        if (latest == null) {
            return leads;
        }
        LocalDate bygone = latest.minusDays(BYGONE_DAYS);
        return leads.stream().filter(l -> l.date() == null || !l.date().isBefore(bygone)).toList();
    }

    /**
     * A headline names the meeting, the body's first dated sentence says when (交通运输部召开X会议 / 11月19日,部长…就…座谈):
     * an undated first meeting takes the date of the first sentence after the headlines, unless another meeting's
     * lead comes first.
     */
    private static Lead datedByLead(Doc doc, Lead lead, LocalDate published, int nextLead) {
        for (Sentence s : doc.sentences()) {
            if (isHeadline(doc, s)) {
                continue;
            }
            if (nextLead >= 0 && s.index() >= nextLead) {
                break;
            }
            String st = doc.simp(s);
            Matcher d = LeadDates.DATE.matcher(st);
            if (d.find() && d.start() < 40) {
                Dated dated = LeadDates.date(st, 0, d.end(), d.end(), published, LeadDates.yearIn(lead.name()));
                if (dated.date() != null) {
                    return new Lead(lead.name(), lead.form(), dated.date(), dated.precision(), lead.convener(),
                            lead.sentence(), lead.evidence());
                }
            }
            break;
        }
        return lead;
    }

    private static final Pattern DESCRIBED_ONLY = Pattern.compile("的(?:会议|大会)$");
    /** 会议开幕并举行第一次全体会议: the sitting belongs to the session opened before it in the sentence (not 县政府召开第一次全体会议). */
    private static final Pattern OPENED_BEFORE = Pattern.compile("(?:开幕|召开)[^。;]{1,6}$");
    private static final Pattern PLENARY = Pattern.compile("第[一二三四五六七八九十\\d]{1,3}次全体会议");

    /** A clause that opens after (or just before) another meeting: 会后, 执委会后, 座谈会结束后, 会前, 随后, 当天, 同日. */
    private static final Pattern AFTERWARDS = Pattern.compile("^(?:\\p{IsHan}{0,6}?会(?:议)?(?:结束)?后|会前|会前还|随后|当天|当日|同日|同一天|下午,|当天下午|当晚)");

    /** A sentence that opens with someone's speech: 甲强调, 乙副局长指出, 丙在讲话中要求. */
    private static final Pattern SPEECH_OPENING = Pattern.compile("^[^,。;]{2,24}?(?:强调|指出|要求|表示|认为)(?:[,:]|说)");
    /** When and how a sentence tells a meeting of its own: a day, a time, a sequence. */
    private static final Pattern TOLD_WHEN = Pattern.compile("\\d{1,2} ?[日月号]|[一二三四五六七八九十]+日|上午|下午|晚上|当天|当日|次日|随后|"
            + "会后|会前|此后|之后|近日|日前|今天|昨天");

    /**
     * 张某强调,学习宣传贯彻…是首要任务。公司专门召开工作部署会对…作出部署: a sentence that goes on with a speech the
     * paragraph opened tells what the speaker said was done, not a meeting the article reports, unless it says when.
     */
    private static boolean continuesASpeech(Doc doc, Sentence s, String st) {
        if (s.index() == 0) {
            return false;
        }
        Sentence before = doc.sentences().get(s.index() - 1);
        return before.paragraph() == s.paragraph() && !before.text().startsWith("会议")
                && SPEECH_OPENING.matcher(doc.simp(before)).lookingAt() && !TOLD_WHEN.matcher(st).find();
    }

    /**
     * 近日,我省部分市(州)教育行政部门召开会议…。成都市教育局召开党组会议…: the digest's opening, which dates as 近日 the
     * meetings it then tells without a date of their own; the first sentence that opens so, or -1.
     */
    public static int vagueDigestOpening(Doc doc) {
        for (Sentence s : doc.sentences()) {
            String st = doc.simp(s);
            Matcher v = HOLDING_VERB.matcher(st);
            if (LeadDates.vague(st) && v.find()
                    && Regions.find(MANY_HOLDERS, st, clauseStart(st, v.start()), v.start())) {
                return s.index();
            }
        }
        return -1;
    }

    /** The first meeting only (callers that know an article reports one meeting). */
    public Lead find(Doc doc, LocalDate published) {
        List<Lead> all = findAll(doc, published);
        return all.isEmpty() ? null : all.get(0);
    }

    /** A clause that tells what is yet to come: 24日下午将进行会议总结和年度表彰(,召开…). */
    private static final Pattern PLANNED_CLAUSE = Pattern.compile("[^,。;]{0,12}?将(?:进行|召开|举行|开展|听取|审议|举办)[^,。;]*");

    /** Whether the clause before a subjectless one that opens on its verb ({@code ,召开…}) is a plan, which it shares. */
    private static boolean plannedBefore(String st, int clauseStart) {
        if (clauseStart < 2 || st.charAt(clauseStart - 1) != ',') {
            return false;
        }
        return PLANNED_CLAUSE.matcher(st).region(clauseStart(st, clauseStart - 1), clauseStart - 1).matches();
    }

    private void objectMentions(Doc doc, Sentence s, String st, LocalDate published, boolean headline,
            List<Mention> out) {
        HeadedPattern.Scan verbs = OBJECT_VERB_SCAN.scan(st);
        Matcher v = verbs.matcher();
        int from = 0;
        while (from < st.length() && verbs.find(from)) {
            from = v.end();
            int clauseStart = clauseStart(st, v.start());
            if (Regions.find(NOT_HELD, st, clauseStart, v.start()) || notReported(st, clauseStart, v.start())
                    || v.start() == clauseStart && plannedBefore(st, clauseStart)
                    || st.startsWith("的", v.end())
                    || TIME_AROUND_HOLDING.matcher(st).region(v.end(), st.length()).lookingAt()
                    || BACKGROUND.matcher(st).lookingAt()
                    || PERIOD_CLAUSE.matcher(st).region(clauseStart, v.start()).lookingAt()
                    || insideTitle(st, v.start()) || continuesASpeech(doc, s, st)) {
                continue;
            }
            int nameEnd = objectEnd(st, v.end());
            if (nameEnd < 0) {
                continue;
            }
            // 10月13日,外交部发言人毛宁主持例行记者会: the day may open the sentence, the chairing its next clause
            boolean dayTold = Regions.find(DAY_BEFORE_CHAIR, st, clauseStart, v.start())
                    || DATED_OPENING.matcher(st).lookingAt() && clauseStart > 0 && st.indexOf(',') == clauseStart - 1;
            if (v.group().startsWith("主持") && !v.group().startsWith("主持召开")
                    && (!dayTold || Regions.matches(BARE_FORM, st, v.end(), nameEnd))) {
                continue; // 主持会议, 曾主持…: only a day's chairing of a named meeting reports it (10日上午主持县务会议时)
            }
            from = nameEnd;
            // 中心组成员进行…集体政治学习: 进行, like 开展, holds a study only
            if (v.group().startsWith("组织") && !v.group().startsWith("组织召开") || v.group().startsWith("开展")
                    || v.group().startsWith("进行")) {
                // 各社会组织党支部要继续将集体学习…: what a body is asked to do, not a study it held
                boolean study = Regions.find(STUDY, st, v.end(), nameEnd)
                        || (v.group().startsWith("开展") || v.group().startsWith("组织开展")) && DATED_OPENING.matcher(st).lookingAt()
                                && Regions.find(FORUM, st, v.end(), nameEnd);
                if (!study || Regions.find(ASKED, st, v.end(), nameEnd)
                        || out.stream().anyMatch(m -> m.sentence() == s.index())) {
                    from = v.end(); // 组织干部赴…举办…推进会: the holding verb may come later
                    continue; // 召开专题会议,组织全体干部集中学习…: the study is what that meeting did
                }
            }
            if (Regions.find(PLANNED_AFTER, st, nameEnd, st.length()) || Regions.lookingAt(LISTED_AFTER, st, nameEnd, st.length())
                    || COUNTED_AFTER.matcher(st).region(nameEnd, st.length()).lookingAt()) {
                continue; // 研究召开X有关事宜; 通过召开X、Y等方式: planned, or a kind of meeting, not one held
            }
            if (v.group().startsWith("举办") && ("会".equals(formOf(st.substring(v.end(), nameEnd)))
                    || st.startsWith("好", v.end()) || Regions.find(EVENT, st, v.end(), nameEnd))) {
                continue; // 举办…推进会 is a meeting; 举办运动会, 招聘会 are events; 举办好… is asked for
            }
            if (Regions.find(EVENT_END, st, v.end(), nameEnd)) {
                continue; // 召开联谊会, 举行文艺晚会: events, whatever verb holds them
            }
            if (st.startsWith("发言", nameEnd)) {
                continue; // 举行委员大会发言: the plenary's speeches, held at a sitting already named
            }
            if (Regions.find(HELD_INSIDE_NAME, st, v.end(), nameEnd)) {
                from = v.end();
                continue; // 二十大召开之年…召开的一次重要会议: a description of another meeting, not a name
            }
            OrganizationRef subject = conveners.convener(doc, s, st, clauseStart, v.start());
            OrganizationRef chairs = subject == null ? conveners.chairsBody(doc, s, st, clauseStart, v.start()) : null;
            int[] subjectAt = Conveners.subjectSpan(st, clauseStart, v.start());
            String committee = Regions.matches(Conveners.STANDING_COMMITTEE, st, subjectAt[0], subjectAt[1])
                    ? doc.written(s.start() + subjectAt[0], s.start() + subjectAt[1]) : null;
            // 召开A和B / 召开A、B: two meetings of one lead
            OrganizationRef firstInName = null;
            for (int[] n : split(st, v.end(), nameEnd)) {
                OrganizationRef inName = subject == null ? conveners.convenerInName(doc, s.start() + n[0], st.substring(n[0], n[1]))
                        : null;
                if (inName == null && firstInName != null && formOf(st.substring(n[0], n[1])).equals(st.substring(n[0], n[1]))) {
                    // 召开省政府党组会议和常务会议: the second, its form only, is the first's body's (without its party organ)
                    String body = PARTY_ORGAN_WRITTEN.matcher(firstInName.name()).replaceFirst("");
                    if (!body.equals(firstInName.name())) {
                        add(doc, s, st, n[0], n[1], orgs.of(body), null, clauseStart, published, headline, out);
                        if (!out.isEmpty() && out.get(out.size() - 1).sentence() == s.index()) {
                            Mention a = out.get(out.size() - 1);
                            out.set(out.size() - 1, a.named(body + a.name()));
                        }
                        continue;
                    }
                }
                if (firstInName == null) {
                    firstInName = inName;
                }
                OrganizationRef held = subject != null ? subject : inName != null ? inName : chairs;
                if (held == null) {
                    held = conveners.earlierSubject(doc, s, st, clauseStart, v.start());
                }
                add(doc, s, st, n[0], n[1], held != null ? held : carriedOn(st, clauseStart, v.start(), s, out),
                        committee, clauseStart, published, headline, out);
            }
        }
    }

    /** A clause that goes on from the meeting just told with no subject of its own: 随后召开了…, 会后又召开…. */
    private static final Pattern THEN_HELD = Pattern.compile("^\\s*(?:随后|会后|会议结束后|紧接着|接着)(?:又|还)?(?:立即|及时)?$");

    /**
     * 某局党组召开党组会议,…。随后召开了全局干部会议: a clause that goes on from the meeting told just before (in its
     * sentence or the one before) with no subject is held by that meeting's convener.
     */
    private static OrganizationRef carriedOn(String st, int clauseStart, int verbStart, Sentence s, List<Mention> out) {
        if (out.isEmpty() || !Regions.matches(THEN_HELD, st, clauseStart, verbStart)) {
            return null;
        }
        Mention last = out.get(out.size() - 1);
        return last.sentence() >= s.index() - 1 && !last.headline() ? last.convener() : null;
    }

    /**
     * Where the meeting name after a holding verb ends: the last end of a meeting form within the clause, unless what
     * lies between says something else (传达学习…会议精神 after 召开会议); then the first.
     */
    private int objectEnd(String st, int start) {
        int limit = Math.min(st.length(), start + MAX_NAME);
        int first = -1;
        int last = -1;
        for (int i = start + 1; i <= limit; i++) {
            char c = st.charAt(i - 1);
            if (",。;:!?\n".indexOf(c) >= 0 || last == i - 1 && (c == ' ' || c == '\u3000')) {
                break; // a space right after a name's form: a headline's next part (召开…会议 全面落实…工作)
            }
            if (c == '了' && first > 0) {
                break; // 举行专题学习会集中学习了《…》: what the meeting did, not more of its name
            }
            if (formOf(st.substring(start, i)) != null && !endsInsideWord(st, i)) {
                if (last > 0 && studyRightAfterMeeting(st, start, last, i)) {
                    break; // 召开扩大会议集中学习《…》: what the meeting did, not more of its name
                }
                if (first < 0) {
                    first = i;
                }
                if (!stopsInside(st.substring(start, i), formOf(st.substring(start, i)).length())) {
                    last = i;
                }
            }
        }
        return last > 0 ? last : first;
    }

    /**
     * A study told right after a meeting's own form (会议集中学习, 会集体学习), with no joiner (暨, 和) between, and the
     * name before it more than a lone 会.
     */
    private static final Pattern STUDY_AFTER_MEETING = Pattern.compile("(?:集中|集体)学习");

    private static boolean studyRightAfterMeeting(String st, int start, int formEnd, int i) {
        return (st.startsWith("会", formEnd - 1) || st.startsWith("会议", formEnd - 2)) && formEnd - 1 > start
                && Regions.matches(STUDY_AFTER_MEETING, st, formEnd, i);
    }

    /**
     * Whether words that start what a meeting did lie inside a name (召开会议传达…会议精神); not at its start, where
     * they are the name's theme (召开学习贯彻…主题教育交流会议).
     */
    private boolean stopsInside(String name, int formLength) {
        Matcher m = STOP_IN_NAME.matcher(name);
        while (m.find()) {
            // not a stop that is part of the form ending the name, …筹备工作安排部署会 (form 部署会), or right before it,
            // …2023年度工作总结会议, nor the 精神 of a meeting named for the spirit it relays, …会议精神专题宣贯会
            if (m.start() > 0 && m.end() < name.length() - formLength
                    && !(m.group().equals("精神") && name.lastIndexOf("精神") == m.start() && namedForASpirit(name))) {
                return true;
            }
        }
        return false;
    }

    /**
     * 会议室, 会议中心, 社会主义: a form followed by more of a word is not the end of a name; nor is one followed by 了
     * (…学习会集中学习了: the verb of what the meeting did).
     */
    private static boolean endsInsideWord(String st, int i) {
        return st.startsWith("主义", i) || st.startsWith("了", i) || st.startsWith("室", i) || st.startsWith("中心", i) || st.startsWith("厅", i) || st.startsWith("纪要", i)
                || st.startsWith("精神", i) || studyGoesOn(st, i);
    }

    /** 实施青年理论学习提升工程: 理论学习, 政治学习 end a study's name only where no word goes on (…理论学习,专题学习…). */
    private static boolean studyGoesOn(String st, int i) {
        return i < st.length() && (st.startsWith("理论学习", i - 4) || st.startsWith("政治学习", i - 4))
                && Character.UnicodeScript.of(st.charAt(i)) == Character.UnicodeScript.HAN && "暨和及在".indexOf(st.charAt(i)) < 0;
    }

    private void subjectMentions(Doc doc, Sentence s, String st, LocalDate published, boolean headline,
            List<Mention> out) {
        // A match, name and verb, never crosses , 。 or ; (neither the name nor the verb phrase holds them), so the
        // costly pattern is tried only on the stretches between them that hold one of its verbs.
        Matcher m = subjectName.matcher(st);
        int segment = 0;
        while (segment < st.length()) {
            int end = segment;
            while (end < st.length() && (",。;".indexOf(st.charAt(end)) < 0 || agendaDone(st, end) || insideQuotedName(st, end))) {
                end++;
            }
            String stretch = st.substring(segment, end);
            boolean holds = stretch.contains("召开") || stretch.contains("开幕") || stretch.contains("闭幕")
                    || stretch.contains("举行") || stretch.contains("举办");
            int from = segment;
            segment = end + 1;
            if (!holds || !formBeforeVerb(st, from, end)) {
                continue;
            }
            m.region(from, end);
            while (m.find()) {
                subjectMention(doc, s, st, m, published, headline, out);
            }
        }
    }

    /** How far a quoted theme at the head of a name may run (“大力培育外贸企业,助力…”专题座谈会). */
    private static final int QUOTED_THEME = 40;

    /** A comma inside a short quoted theme that a meeting form follows: part of the name, no end of the stretch. */
    private static boolean insideQuotedName(String st, int comma) {
        if (st.charAt(comma) != ',') {
            return false;
        }
        int open = st.lastIndexOf('“', comma);
        int close = st.indexOf('”', comma);
        return open >= 0 && comma - open <= QUOTED_THEME && st.lastIndexOf('”', comma) < open && close > comma
                && close - open <= QUOTED_THEME && close + 1 < st.length() && Han.is(st.charAt(close + 1));
    }

    /** The comma after 圆满完成各项议程: the congress's closing verb follows it (SUBJECT_VERB). */
    private static boolean agendaDone(String st, int comma) {
        return st.charAt(comma) == ',' && (st.startsWith("各项议程", comma - 4) || st.startsWith("各项议程后", comma - 5));
    }

    /**
     * Whether a meeting form ends at some e in the stretch [from, end), at least two characters after its start,
     * and {@link #SUBJECT_VERB} follows at e: where every match of {@code subjectName} ends its name and starts
     * its lookahead. Checked first because it is cheap and most stretches that hold 召开 fail it (局召开…会议).
     */
    private boolean formBeforeVerb(String st, int from, int end) {
        Matcher verb = null;
        for (int e = from + 3; e < end; e++) {
            if (formLasts.indexOf(st.charAt(e - 1)) < 0 || !formEndsAt(st, from + 2, e)) {
                continue;
            }
            verb = verb == null ? SUBJECT_VERB.matcher(st) : verb;
            verb.region(e, end);
            if (verb.lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** Some meeting form lies in [e - its length, e), starting at or after {@code earliest}. */
    private boolean formEndsAt(String st, int earliest, int e) {
        for (String f : forms) {
            if (e - f.length() >= earliest && st.startsWith(f, e - f.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A headline's slogan before its meeting, set off by a dash (竭诚服务员工 凝聚奋进力量——某分行第四届职工代表大会第三次会议
     * 胜利召开): the name starts after the dash; not a dash inside a quoted theme (“乡村振兴——三园一总部建设”基层专题协商会).
     */
    private static int afterSlogan(String st, int from, int to) {
        int dash = st.lastIndexOf("——", to);
        if (dash < from) {
            return from;
        }
        int open = 0;
        for (int i = from; i < dash; i++) {
            char c = st.charAt(i);
            open += c == '“' ? 1 : c == '”' ? -1 : 0;
        }
        return open == 0 ? dash + 2 : from;
    }

    /** Page fields before a name on a line of a newspaper's index: words with Latin letters or digits, spaced apart. */
    private static final Pattern PAGE_FIELDS = Pattern.compile("(?:\\S*[A-Za-z0-9]\\S*\\s+)(?:\\S+\\s+)*");
    /** A theme given before a name: 以“…”为主题的, 以…为主题的. */
    private static final Pattern THEME_BEFORE = Pattern.compile("以(?:“[^”]{2,60}”|[^,。;“”]{2,30}?)为主?题的");
    /** Before a name: how long the meeting lasts (为期一天半的), perhaps after a source's name. */
    private static final Pattern LASTING = Pattern.compile("[^,。;]{0,8}?为期[一二两三四五六七八九十半\\d]{1,4}天半?的");
    /** Before a name: who hosts it (由省政府和全国工商联联合举办的2023世界粤商大会), said of it, no part of its name. */
    private static final Pattern HOSTED_BY = Pattern.compile("由[^,。;]{2,40}?(?:联合|共同)?(?:主办|举办|承办|召开|组织)的");
    /**
     * A holding verb inside what would be a subject's name: the name is another clause's object. 开展 and 组织 are not
     * (…深入开展…教育实践活动动员大会在…召开, 全市组织工作会议召开: themes of the name).
     */
    private static final Pattern HOLDS_IN_NAME = Pattern.compile("召开|举行|举办");
    /** 此次会议召开,与会人员…: the article's meeting pointed at again, no name. */
    private static final Pattern DEICTIC = Pattern.compile("(?:此次|本次|这次|该次|该|此)\\p{IsHan}{0,4}?(?:会议|大会|会)"); // 本次务虚会
    /** A note in brackets after a headline's name: 举行发布会(附发布会实录全文), …会议(图), …(视频). */
    private static final Pattern NOTE_AFTER_NAME = Pattern.compile("\\((?:附|图|组图|视频|实录|全文)[^)]*\\)$");
    /** A clause that opens on a period told as background: 在这期间党中央、国务院召开…大会. */
    private static final Pattern PERIOD_CLAUSE = Pattern.compile("^(?:在这期间|在此期间|这期间|此期间|其间)");

    /** The one-character short names a body calls itself by (局党组会, 厅务会 is a form of its own). */
    private static final String SELF_UNIT = "局厅部委院署办";
    /**
     * A meeting greeted, not named (甲代表某局向大会召开表示祝贺, 书记代表党工委热烈祝贺议政会顺利召开): the words before the
     * verb are a guest's greeting, whose meeting the lead has named.
     */
    /** …全会在北京举行,在…干部群众中引发热烈反响: the meeting as what people react to, not one the article reports. */
    private static final Pattern REACTED = Pattern.compile("(?:引发|引起|激起)[^,。;]{0,4}?(?:热烈|强烈|广泛)反响|反响热烈");
    private static final Pattern GREETED = Pattern.compile("祝贺|向(?:大会|会议|全会)$");
    private static final Pattern GREETED_AFTER = Pattern.compile("(?:表示|致以|致)?(?:热烈|衷心)?(?:的)?祝贺");

    private void subjectMention(Doc doc, Sentence s, String st, Matcher m, LocalDate published, boolean headline,
            List<Mention> out) {
        int clauseStart = clauseStart(st, m.start("name") + 1);
        while (clauseStart > 0 && insideQuotedName(st, clauseStart - 1)) {
            clauseStart = clauseStart(st, st.lastIndexOf('“', clauseStart - 1) + 1); // the quoted theme opens the name
        }
        if (st.startsWith("在", m.start("name")) && m.start("name") > clauseStart
                && formOf(st.substring(clauseStart, m.start("name"))) != null) {
            return; // …集体学习在某管委会举行: the place of the meeting named before it (管委会 ends like 会), no name
        }
        // the name runs from the clause start (after a date or a reporter's opening) to the form
        Matcher noise = Conveners.LEAD_NOISE.matcher(st.substring(clauseStart, m.end("name")));
        int nameStart = clauseStart + (noise.lookingAt() ? noise.end() : 0);
        Matcher chrome = PAGE_FIELDS.matcher(st).region(nameStart, m.end("name"));
        if (chrome.lookingAt()) {
            nameStart = chrome.end(); // 2022-07-29 1 1 淮安日报 content_190469.html 1 3 政协…会议召开: a page's fields before it
        }
        nameStart = afterSlogan(st, nameStart, m.end("name"));
        Matcher theme = THEME_BEFORE.matcher(st).region(nameStart, m.end("name"));
        if (theme.lookingAt()) {
            nameStart = theme.end(); // 以“深入贯彻落实…精神”为主题的…座谈会: the theme is said of it, no part of its name
        }
        Matcher lasting = LASTING.matcher(st).region(nameStart, m.end("name"));
        if (lasting.lookingAt()) {
            nameStart = lasting.end(); // 为期两天的2024年全省…会议: how long it lasts is no part of its name
        }
        Matcher host = HOSTED_BY.matcher(st).region(nameStart, m.end("name"));
        if (host.lookingAt()) {
            nameStart = host.end();
        }
        int verbEnd = m.end();
        Matcher verb = SUBJECT_VERB.matcher(st);
        if (verb.find(m.end()) && verb.start() == m.end()) {
            verbEnd = verb.end();
        }
        String name = st.substring(nameStart, m.end("name"));
        String verbWord = st.substring(m.end(), verbEnd);
        if ((verbWord.endsWith("召开") || verbWord.endsWith("举行")) && objectEnd(st, verbEnd) > 0) {
            // …人民代表大会第五次会议召开各代表团召集人会议: the session holds the meeting named right after the verb
            // (not 会议开幕并举行第一次全体会议, where the session opens)
            return;
        }
        if (name.contains("宣布")) {
            return; // 甲宣布大会开幕: the session's opening announced, the article's session again
        }
        if (name.length() < 3 || BODY_LIKE.matcher(name).find() || HOLDS_IN_NAME.matcher(name).find()
                || Regions.find(NOT_HELD, st, clauseStart, m.end()) || BACKGROUND.matcher(st).lookingAt()
                || notReported(st, clauseStart, m.start("name"))
                || Regions.lookingAt(AFTER_NOT_HELD, st, verbEnd, st.length()) || name.contains("精神") && !namedForASpirit(name)
                || name.startsWith("在") || ALONG_WITH.matcher(name).lookingAt() || BARE.matcher(name).matches() || AWAITED.matcher(name).find()
                || EVENT_END.matcher(name).find() || GREETED.matcher(name).find() || DEICTIC.matcher(name).matches()
                || GREETED_AFTER.matcher(st).region(verbEnd, st.length()).lookingAt()
                || REACTED.matcher(st).region(verbEnd, st.length()).find()) {
            return;
        }
        OrganizationRef convener = conveners.convenerInName(doc, s.start() + nameStart, name);
        add(doc, s, st, nameStart, m.end("name"), convener, clauseStart, published, headline, out);
        if (m.group("second") != null) {
            add(doc, s, st, m.start("second"), m.end("second"), convener, clauseStart, published, headline, out);
        }
    }

    /**
     * 部属高校贯彻落实全国教育大会精神座谈会, 传达学习全国两会精神大会: a meeting named for the spirit it relays, 精神 then
     * its form (a spirit relayed before a meeting's name has more after it: …会议精神在全市引起反响).
     */
    private boolean namedForASpirit(String name) {
        String after = name.substring(name.lastIndexOf("精神") + 2);
        int joined = after.indexOf('暨');
        if (joined > 0) {
            // …精神区委宣讲团某街道报告会暨某党工委理论学习中心组集体学习: the first of two joined names, a place in it
            after = after.substring(0, joined);
            return after.length() >= 2 && after.length() <= 20 && forms.stream().anyMatch(after::endsWith)
                    && !after.contains("会议精神");
        }
        return after.length() >= 2 && after.length() <= 8 && forms.stream().anyMatch(after::endsWith)
                && !after.contains("会议精神");
    }

    private void watchedMentions(Doc doc, Sentence s, String st, LocalDate published, boolean headline,
            List<Mention> out) {
        Matcher m = WATCHED.matcher(st);
        while (m.find()) {
            add(doc, s, st, m.start("name"), m.end("name"), null, clauseStart(st, m.start()), published, headline, out);
        }
    }

    /** 3月15日下午,…郭某在县人大常委会第二十九次会议上宣讲…: a dated lead that has someone speak at a meeting. */
    private static final Pattern SPOKEN_AT = Pattern.compile("在(?<name>[^,。;:在“”]{2,40}?)上(?:宣讲|讲话|作|做|发言|致辞|"
            + "强调|指出|介绍|通报|传达)");
    private static final Pattern DATED_OPENING = Pattern.compile("^\\s*(?:\\d{4} ?年 ?)?(?:\\d{1,2} ?月 ?)?\\d{1,2} ?日");
    private static final Pattern RELAYING_BEFORE = Pattern.compile("传达|学习|贯彻|落实|按照|根据|的$");

    private void spokenAtMentions(Doc doc, Sentence s, String st, LocalDate published, boolean headline,
            List<Mention> out) {
        if (!DATED_OPENING.matcher(st).lookingAt() || out.stream().anyMatch(m -> m.sentence() == s.index())) {
            return;
        }
        Matcher m = SPOKEN_AT.matcher(st);
        if (!m.find()) {
            return;
        }
        int clauseStart = clauseStart(st, m.start());
        String before = st.substring(clauseStart, m.start());
        String name = m.group("name");
        if (RELAYING_BEFORE.matcher(before).find() || formOf(name) == null || BODY_LIKE.matcher(name).find()) {
            return;
        }
        // 县人大常委会邀请…在…会议上宣讲: the body that invited the speaker holds the meeting
        int invites = before.indexOf("邀请");
        OrganizationRef convener = invites > 0 ? conveners.convener(doc, s, st, clauseStart, clauseStart + invites) : null;
        add(doc, s, st, m.start("name"), m.end("name"), convener, clauseStart, published, headline, out);
    }

    /**
     * 在11月2日召开的…党员干部大会上,传达学习了…; 在随后召开的新一届常务理事会上,聘任了…: a clause that opens with the
     * meeting it happened at, held on the day written before 召开的 (else undated), reports that meeting. Not a speech
     * given there (…会议上的讲话) nor someone's words there (甲在…会议上强调): the clause opens with 在 and goes on after 上,.
     */
    private static final Pattern HELD_AT = Pattern.compile("(?<![\\p{IsHan}])在(?<when>[^,。;:在]{0,16}?)(?:召开|举行)的"
            + "(?<name>[^,。;:在“”]{2,40}?)上,");

    private void heldAtMentions(Doc doc, Sentence s, String st, LocalDate published, boolean headline,
            List<Mention> out) {
        if (st.indexOf("召开的") < 0 && st.indexOf("举行的") < 0) {
            return;
        }
        Matcher m = HELD_AT.matcher(st);
        while (m.find()) {
            String name = m.group("name");
            // 在随后召开的新一届常务理事会上: a council's session, though 理事会 also ends a body's name
            if (formOf(name) == null || EVENT_END.matcher(name).find()
                    || out.stream().anyMatch(o -> o.sentence() == s.index())) {
                continue;
            }
            int before = out.size();
            add(doc, s, st, m.start("name"), m.end("name"), null, clauseStart(st, m.start() + 1), published, headline, out);
            if (out.size() > before) {
                Mention added = out.get(out.size() - 1);
                Matcher d = LeadDates.DATE.matcher(m.group("when"));
                Matcher day = LeadDates.DAY_ONLY.matcher(m.group("when"));
                LocalDate date = null;
                if (d.find()) {
                    date = MeetingDates.resolve(d.group(1) == null ? null : LeadDates.year(d.group(1)),
                            Integer.parseInt(d.group(2)), Integer.parseInt(d.group(3)), published);
                } else if (day.find() && published != null) {
                    date = MeetingDates.resolveDay(Integer.parseInt(day.group(1)), published); // 在19日下午举行的…上
                }
                out.set(out.size() - 1, added.dated(date, date == null ? DatePrecision.UNKNOWN : DatePrecision.DAY));
            }
        }
    }

    /** What says a summons was a meeting: someone chaired it or took part. */
    private static final Pattern SAT = Pattern.compile("主持会议|参加会议|参加了会议|出席会议|列席会议");

    /**
     * 我委立即召集…部门,传达学习…精神。主任唐某主持会议: a body summons others and what follows is a meeting it does
     * not name; the name is the body plus 会议. The body is the clause's subject, else a headline's that 召集.
     */
    private void summonedMentions(Doc doc, Sentence s, String st, LocalDate published, boolean headline,
            List<Mention> out) {
        int at = st.indexOf("召集");
        if (at < 0 || headline || out.stream().anyMatch(m -> m.sentence() == s.index())) {
            return;
        }
        String next = s.index() + 1 < doc.sentences().size() ? doc.simp(doc.sentences().get(s.index() + 1)) : "";
        int clauseStart = clauseStart(st, at);
        if (!SAT.matcher(st).find() && !SAT.matcher(next).find()
                || Regions.find(NOT_HELD, st, clauseStart, at)) {
            return;
        }
        OrganizationRef convener = conveners.convener(doc, s, st, clauseStart, at);
        for (int i = 0; convener == null && i < Math.min(4, doc.sentences().size()); i++) {
            Sentence h = doc.sentences().get(i);
            String hst = doc.simp(h);
            int hat = hst.indexOf("召集");
            if (isHeadline(doc, h) && hat > 0) {
                convener = conveners.convener(doc, h, hst, clauseStart(hst, hat), hat);
            }
        }
        if (convener == null) {
            return;
        }
        String name = convener.name() + "会议";
        Dated d = LeadDates.date(st, clauseStart, at, at, published, null);
        if (d.date() == null && s.index() > 0 && AFTERWARDS.matcher(st.strip()).lookingAt()) {
            String previous = doc.simp(doc.sentences().get(s.index() - 1));
            Dated before = LeadDates.date(previous, 0, previous.length(), previous.length(), published, null);
            if (before.precision() == DatePrecision.DAY) {
                d = before;
            }
        }
        out.add(new Mention(name, Keys.canonical(name), "会议", d.date(), d.precision(), convener, s.index(),
                doc.evidence(s.start() + clauseStart, s.start() + at + 2), false));
    }

    /** A body that gathers its staff to relay a spirit: 某中心组织全体干部职工传达学习了…精神. */
    private static final Pattern GATHERED = Pattern.compile("组织(?:全体|全院|全局|全所|全校|全中心|机关)?[^,。;]{0,8}?"
            + "(?:干部职工|党员干部|职工|干部|党员)[^,。;]{0,4}?(?:传达学习|集中学习|学习传达)");
    /** What opens the next sentence when the gathering was a meeting: 会上, 会议…. */
    private static final Pattern MET = Pattern.compile("^\\s*(?:会上|会议上|会议(?:指出|强调|要求|认为))");

    /**
     * 某中心组织全体干部职工传达学习了…精神。会上,…: a body gathers its staff to relay a spirit and the next sentence
     * tells the meeting; its name is the body plus 传达学习会议.
     */
    private void gatheredMentions(Doc doc, Sentence s, String st, LocalDate published, boolean headline,
            List<Mention> out) {
        int at = st.indexOf("组织");
        if (at < 0 || out.stream().anyMatch(m -> m.sentence() == s.index())) {
            return;
        }
        Matcher g = GATHERED.matcher(st);
        if (!g.find(at)) {
            return;
        }
        at = g.start();
        String next = s.index() + 1 < doc.sentences().size() ? doc.simp(doc.sentences().get(s.index() + 1)) : "";
        int clauseStart = clauseStart(st, at);
        if (!MET.matcher(next).lookingAt() && !SAT.matcher(st).find()
                || Regions.find(NOT_HELD, st, clauseStart, at) || notReported(st, clauseStart, at)) {
            return;
        }
        OrganizationRef convener = conveners.convener(doc, s, st, clauseStart, at);
        if (convener == null) {
            return;
        }
        String name = convener.name() + "传达学习会议";
        Dated d = LeadDates.date(st, clauseStart, at, at, published, null);
        out.add(new Mention(name, Keys.canonical(name), "会议", d.date(), d.precision(), convener, s.index(),
                doc.evidence(s.start() + clauseStart, s.start() + g.end()), headline));
    }

    /**
     * A body's own session as the subject of what it relays, with no holding verb: 近日,中共某市委办公室室务会传达贯彻…精神,
     * 某局党组会议传达学习…, 校党委常委会学习传达…. Only at a sentence's start (after its date), and only with the body written before the form.
     */
    private static final Pattern RELAYING_SESSION = Pattern.compile("(?<name>[^,。;:“”]{2,30}?(?:务会议|务会|党组会议|党组会|"
            + "党委会议|党委会|常委会会议|常委会议|常委会|办公会议|办公会|班子会议|班子会))(?=传达|学习传达|专题学习|学习贯彻|集中学习)");
    /** The form's last character and a relaying verb (会传达, 会议学习贯彻): the cheap check before the pattern. */
    private static final String[] SESSION_RELAYS = {"会传达", "会议传达", "会学习", "会议学习", "会专题学习", "会议专题学习",
            "会集中学习", "会议集中学习"};

    private void relayingSessionMentions(Doc doc, Sentence s, String st, LocalDate published, boolean headline,
            List<Mention> out) {
        if (headline || Arrays.stream(SESSION_RELAYS).noneMatch(st::contains)
                || out.stream().anyMatch(m -> m.sentence() == s.index())) {
            return;
        }
        Matcher noise = Conveners.LEAD_NOISE.matcher(st);
        int start = noise.lookingAt() ? noise.end() : 0;
        Matcher m = RELAYING_SESSION.matcher(st).region(start, st.length());
        if (!m.lookingAt()) {
            return;
        }
        String form = formOf(m.group("name"));
        String body = m.group("name").substring(0, m.group("name").length() - form.length());
        if (body.length() < 2 || !orgs.looksLikeBody(body) || BODY_LIKE.matcher(body).find()) {
            return; // 党组会议传达…: no body written before the form; the article's meeting is told elsewhere
        }
        OrganizationRef convener = orgs.of(doc.written(s.start() + start, s.start() + start + body.length()));
        add(doc, s, st, start, m.end("name"), convener, 0, published, headline, out);
    }

    /**
     * 在市妇联第十六届一次执委会议上,童某当选为妇联主席: a clause opening with a session where someone was elected or
     * something adopted reports that session, held the day of the meeting the article last told (a congress's first
     * sitting) unless it says its own.
     */
    private static final Pattern ELECTED_AT = Pattern.compile("(?<![\\p{IsHan}])在(?<name>[^,。;:在“”]{4,40}?(?:会议|全会))上,"
            + "[^,。;]{0,24}?(?:当选|选举|通过了|审议通过)");

    private void electedAtMentions(Doc doc, Sentence s, String st, LocalDate published, boolean headline,
            List<Mention> out) {
        if (st.indexOf("会议上,") < 0 && st.indexOf("全会上,") < 0 || out.stream().anyMatch(m -> m.sentence() == s.index())) {
            return;
        }
        Matcher m = ELECTED_AT.matcher(st);
        if (!m.find() || BARE.matcher(m.group("name")).matches() || KIND_ONLY.matcher(m.group("name")).matches()) {
            return; // 在会议上,…: the article's meeting again
        }
        int before = out.size();
        Mention last = out.stream().filter(o -> !o.headline() && o.precision() == DatePrecision.DAY)
                .reduce((a, b) -> b).orElse(null);
        add(doc, s, st, m.start("name"), m.end("name"), null, clauseStart(st, m.start() + 1), published, headline, out);
        if (out.size() > before && out.get(out.size() - 1).date() == null && last != null) {
            out.set(out.size() - 1, out.get(out.size() - 1).dated(last.date(), last.precision()));
        }
    }

    /**
     * 记者24日从中国侨联举行的新闻发布会上获悉: the press conference a wire report learned its news at was held, by the
     * body before 举行的.
     */
    private static final Pattern LEARNED_AT = Pattern.compile("从(?<body>[^,。;:从“”]{2,20}?)(?:今天|今日|\\d{1,2}日)?"
            + "(?:上午|下午)?(?:举行|召开|举办)的(?<name>[^,。;:“”]{0,24}?(?:新闻发布会|发布会|通气会|见面会))上(?:获悉|了解到|得知)");

    private void learnedAtMentions(Doc doc, Sentence s, String st, LocalDate published, boolean headline,
            List<Mention> out) {
        if (st.indexOf("会上") < 0 || out.stream().anyMatch(m -> m.sentence() == s.index())) {
            return;
        }
        Matcher m = LEARNED_AT.matcher(st);
        if (!m.find() || !orgs.looksLikeBody(m.group("body"))) {
            return;
        }
        OrganizationRef convener = orgs.of(doc.written(s.start() + m.start("body"), s.start() + m.end("body")));
        int before = out.size();
        add(doc, s, st, m.start("name"), m.end("name"), convener, clauseStart(st, m.start()), published, headline, out);
        if (out.size() > before) {
            // 新闻发布会 alone: the body plus the form is its only name
            Mention a = out.get(out.size() - 1);
            String name = formOf(m.group("name")).equals(m.group("name")) ? convener.name() + a.name() : a.name();
            // dated by what comes before 从 (新华社北京8月24日电 记者24日从…): what follows is the news learned there
            Dated d = LeadDates.date(st.substring(0, m.start()), clauseStart(st, m.start()), m.start(), m.start(), published, null);
            out.set(out.size() - 1, a.named(name).dated(d.date(), d.precision())); // add kept the convener given
        }
    }

    /** A congress's or CPPCC's numbered session: 县政协十届二次会议, 区第十七届人大第三次会议, 政协某县十三届委员会第一次会议. */
    private static final String SESSION = "(?<session>[^,。;:、“”《》\\s的]{2,24}?届[^,。;:、“”《》\\s的]{0,14}?(?:次会议|代表大会(?:第[一二三四五六七八九十\\d]{1,3}次会议)?))";
    /** How deputies or members meet in groups: 分组讨论, 分团审议, 展开讨论 (not 审议了 alone, which a plenary does). */
    private static final String IN_GROUPS = "(?<form>分团分组讨论|分组讨论|分组审议|分团审议|分团讨论|分组审查|分团审查|小组讨论|分组会议";
    /** The session itself in groups: 省政协十二届三次会议分组讨论政府工作报告. */
    private static final Pattern SESSION_IN_GROUPS = Pattern.compile(SESSION + "(?:召开|举行|进行)?了?" + IN_GROUPS + ")");
    /**
     * Its members or deputies: 出席县政协十届二次会议的农业界政协委员在多功能会议室展开讨论, 参加…会议的委员们分成六组,在…进行了
     * 分组讨论, 出席…会议的委员按界别分成13个组,讨论了….
     */
    private static final Pattern MEMBERS_IN_GROUPS = Pattern.compile("(?:出席|参加|列席)" + SESSION
            + "[^,。;的]{0,10}的[^,。;]{0,16}?(?:代表|委员)们?(?<between>[^。;]{0,40}?)" + IN_GROUPS
            + "|展开讨论|进行讨论|开展讨论|讨论了)");
    /**
     * Leaders who join a delegation's review: 甲、乙来到第八代表团,与代表们一起审议政府工作报告; 分别参加A代表团、B代表团审议 (not
     * 在参加某代表团审议时的讲话, a speech given there, nor 传达…参加…代表团审议时的讲话精神).
     */
    private static final Pattern JOINS_DELEGATION = Pattern.compile("(?<![在时])(?:分别)?(?:来到|参加)(?<group>[^,。;:“”的]{1,40}?"
            + "(?:代表团|联组|(?<![分小])组))(?:,?(?:与|同)(?:代表|委员)们一起)?(?<form>审议|讨论)(?![^,。;]{0,30}?时)");
    /** A plenary's hearing, not a group's discussion: 委员们听取并讨论了…报告. */
    private static final Pattern HEARD = Pattern.compile("听取|聆听");

    /**
     * A session's group discussions (分组讨论, 代表团审议) are a meeting of their own, named after the session: who
     * 参加讨论 there attends it and who speaks there speaks at it.
     */
    private void groupMentions(Doc doc, Sentence s, String st, LocalDate published, boolean headline,
            List<Mention> out) {
        if (st.indexOf("讨论") < 0 && st.indexOf("审议") < 0 && st.indexOf("审查") < 0 && st.indexOf("分组会议") < 0) {
            return;
        }
        if (st.indexOf("参加") >= 0 || st.indexOf("来到") >= 0) {
            delegationMentions(doc, s, st, published, headline, out);
        }
        if (st.indexOf('届') < 0) {
            return;
        }
        Matcher m = MEMBERS_IN_GROUPS.matcher(st);
        boolean members = m.find() && !HEARD.matcher(m.group("between")).find();
        if (!members) {
            m = SESSION_IN_GROUPS.matcher(st);
            if (!m.find()) {
                return;
            }
        }
        if (Regions.find(NOT_HELD, st, clauseStart(st, m.start()), m.start("form"))) {
            return; // 代表们将分组审议…: to come
        }
        int before = out.size();
        add(doc, s, st, m.start("session"), m.end("session"), null, 0, published, headline, out);
        if (out.size() > before) {
            Mention a = out.remove(out.size() - 1);
            String form = m.group("form").startsWith("分") || m.group("form").equals("小组讨论")
                    ? doc.written(s.start() + m.start("form"), s.start() + m.end("form"))
                    : "分组讨论"; // 展开讨论, 讨论了: the members' groups, however the text puts it
            String name = a.name() + form;
            out.add(a.named(name, Keys.canonical(form)));
        }
    }

    /** The other house: a congress's delegations and the CPPCC's groups meet apart. */
    private static String other(String house) {
        return house == null ? null : house.equals("政协") ? "人大" : "政协";
    }

    /** Whose session a group's name says it is of: the congress's (人大, 代表团) or the CPPCC's (政协); else null. */
    private static String house(String nameSimp) {
        return nameSimp.contains("政协") ? "政协"
                : nameSimp.contains("人大") || nameSimp.contains("代表团") || nameSimp.contains("人民代表大会") ? "人大" : null;
    }

    private void delegationMentions(Doc doc, Sentence s, String st, LocalDate published, boolean headline,
            List<Mention> out) {
        Matcher m = JOINS_DELEGATION.matcher(st);
        if (!m.find() || st.lastIndexOf("期间", m.start()) >= 0) {
            return; // 会议期间,总书记参加内蒙古代表团审议: the session's news told as background
        }
        String before = st.substring(clauseStart(st, m.start()), m.start());
        if (RELAYING_BEFORE.matcher(before).find() || NOT_HELD.matcher(before).find()) {
            return;
        }
        String groupSimp = m.group("group");
        String house = house(groupSimp);
        // only the first meeting the article tells, or one of the other house's session beside it (代表团审议, then
        // 政协…组讨论); not a group of a meeting already told (县委全会…, then 参加第六组讨论)
        if (out.stream().anyMatch(o -> !o.headline() && (house == null || !house.equals(other(house(o.nameSimp())))))) {
            return;
        }
        String group = doc.written(s.start() + m.start("group"), s.start() + m.end("group"));
        String form = doc.written(s.start() + m.start("form"), s.start() + m.end("form"));
        // several groups joined one by one: their reviews together, named by the form (and the session's body)
        String name = group.indexOf('、') < 0 ? group + form
                : groupSimp.startsWith("政协") || groupSimp.startsWith("人大") ? group.substring(0, 2) + "分组" + form
                : (groupSimp.endsWith("代表团") ? "代表团" : "分组") + form;
        Dated d = LeadDates.date(st, 0, m.start(), m.end(), published, null);
        out.add(new Mention(name, Keys.canonical(name), Keys.canonical(form), d.date(), d.precision(), null, s.index(),
                doc.evidence(s.start() + m.start("group"), s.start() + m.end("form")), headline));
    }

    /** A transcript's title line near the top: 某委2024年4月18日新闻发布会文字实录. */
    private static final Pattern TRANSCRIPT = Pattern.compile("^\\s*(?<name>[^,。;:!?\\s]{4,60}?)(?:文字|图文|视频)?实录\\s*$");
    /** How far down the page a transcript's title line may stand (after the page's chrome lines). */
    private static final int TRANSCRIPT_LINES = 8;

    /** 国家卫生健康委员会2024年4月18日新闻发布会文字实录: the transcript of a meeting reports it, held. */
    private void transcriptMentions(Doc doc, Sentence s, String st, LocalDate published, List<Mention> out) {
        if (s.index() >= TRANSCRIPT_LINES || !st.strip().endsWith("实录")) {
            return;
        }
        Matcher t = TRANSCRIPT.matcher(st);
        if (!t.matches() || formOf(t.group("name")) == null || out.stream().anyMatch(m -> m.sentence() == s.index())) {
            return;
        }
        add(doc, s, st, t.start("name"), t.end("name"), null, 0, published, true, out);
    }

    /** The spans of the meeting names in [start, end): one, or two joined by 和 / 、 / 及 when both end in a form. */
    private List<int[]> split(String st, int start, int end) {
        String name = st.substring(start, end);
        for (String joiner : new String[] {"和", "、", "及", "以及"}) {
            int j = name.indexOf(joiner);
            while (j > 0) {
                String first = name.substring(0, j);
                // 社会和民生保障…推进会: 社会 ends like a form and is none; nor is a body's name (学会, 委员会)
                if (formOf(first) != null && !first.endsWith("暨") && !first.endsWith("社会") && !first.endsWith("机会")
                        && !BODY_LIKE.matcher(first).find()) {
                    // 召开A、B和C: the part before the last joiner may hold a list of its own
                    List<int[]> out = new ArrayList<>(j > 0 && !joiner.equals("、") ? split(st, start, start + j)
                            : List.of(new int[] {start, start + j}));
                    out.add(new int[] {start + j + joiner.length(), end});
                    return out;
                }
                j = name.indexOf(joiner, j + 1);
            }
        }
        return List.<int[]>of(new int[] {start, end});
    }

    /** How far back, within its paragraph, an open quotation mark is looked for. */
    private static final int QUOTE_REACH = 200;

    /**
     * Whether {@code at} lies inside words someone says (“今年形势不一样,全市…现场会在灵乡镇召开,…”知情的干部说): an
     * opening quotation mark before it in its paragraph, not yet closed, whose words hold a clause break. A quoted
     * name (“两学一做”学习教育) holds none; what a speaker says is no meeting the report holds.
     */
    static boolean insideQuotedSpeech(String text, int at) {
        int from = Math.max(0, at - QUOTE_REACH);
        for (int i = at - 1; i >= from; i--) {
            char c = text.charAt(i);
            if (c == '\n' || c == '”') {
                return false;
            }
            if (c == '“') {
                String said = text.substring(i + 1, at);
                return said.indexOf(',') >= 0 || said.indexOf('。') >= 0 || said.indexOf('?') >= 0
                        || said.indexOf('!') >= 0;
            }
        }
        return false;
    }

    private void add(Doc doc, Sentence s, String st, int nameStart, int nameEnd, OrganizationRef convener,
            int clauseStart, LocalDate published, boolean headline, List<Mention> out) {
        add(doc, s, st, nameStart, nameEnd, convener, null, clauseStart, published, headline, out);
    }

    /**
     * @param namedFor what a name of its kind only takes before it when that is not the convener's name: the
     *        standing committee (区委常委会) whose session its party committee convenes
     */
    private void add(Doc doc, Sentence s, String st, int nameStart, int nameEnd, OrganizationRef convener,
            String namedFor, int clauseStart, LocalDate published, boolean headline, List<Mention> out) {
        if (insideQuotedSpeech(doc.simp(), s.start() + nameStart)) {
            return;
        }
        Matcher who = ATTENDED_OR_ORGANISED_BY.matcher(st).region(nameStart, nameEnd);
        int after = -1;
        while (who.find()) {
            after = who.end();
        }
        if (after > 0 && nameEnd - after >= 3) {
            nameStart = after; // 召开由各部门负责人参加的安全生产工作会议: who attends (or organises), then the name
        }
        Matcher own = OWN_TIME_OR_PLACE.matcher(st).region(nameStart, nameEnd);
        if (own.lookingAt() && nameEnd - own.end() >= 3) {
            nameStart = own.end(); // 举行今年第6次集体学习, 召开我市安全生产紧急会议: when and whose, not the name
        }
        while (nameStart < nameEnd && Character.isWhitespace(st.charAt(nameStart))) {
            nameStart++; // a headline's 召开 党的…专题学习会: the blank after the verb is no part of the name
        }
        Matcher note = NOTE_AFTER_NAME.matcher(st.substring(nameStart, nameEnd));
        if (note.find()) {
            nameEnd = nameStart + note.start(); // 举行发布会(附发布会实录全文): the page's note, no part of the name
        }
        String nameSimp = st.substring(nameStart, nameEnd);
        String name = doc.written(s.start() + nameStart, s.start() + nameEnd);
        String formSimp = formOf(nameSimp);
        if (formSimp == null || DESCRIBED_ONLY.matcher(nameSimp).find() || BY_BODY.matcher(nameSimp).lookingAt()
                || PLENARY.matcher(nameSimp).matches() && (out.stream().anyMatch(m -> m.sentence() == s.index())
                        || Regions.find(OPENED_BEFORE, st, 0, nameStart))) {
            return; // 高规格、大规模的会议: described, not named; 开幕并举行第一次全体会议: a sitting of the meeting before
        }
        // the form as written: the tail of the name, parentheses aside (党組(擴大)會議 → 會議 when the form is 会议)
        String plain = Conveners.CLOSING_NOTE.matcher(name).replaceAll("").replace(" ", "");
        String form = plain.length() >= formSimp.length() ? plain.substring(plain.length() - formSimp.length()) : formSimp;
        if (convener == null) {
            convener = conveners.convenerInName(doc, s.start() + nameStart, nameSimp);
        }
        String bareName = nameSimp.replace(" ", "");
        // 市某局召开局党组会: the body's own short name (局, 厅) before the kind is the body again
        boolean selfNamed = convener != null && bareName.length() > 1 && SELF_UNIT.indexOf(bareName.charAt(0)) >= 0
                && Script.simplify(convener.name()).endsWith(bareName.substring(0, 1))
                && Regions.matches(KIND_ONLY, bareName, 1, bareName.length());
        if ((BARE.matcher(bareName).matches() || KIND_ONLY.matcher(bareName).matches() || selfNamed) && convener != null) {
            // 党组召开会议: the body plus the form is the only name it has
            String conv = namedFor != null ? namedFor : convener.name();
            String rest = selfNamed ? name.substring(1) : name;
            for (String unit : new String[] {"党组", "黨組", "党委", "黨委"}) {
                if (conv.endsWith(unit) && rest.startsWith(unit)) {
                    rest = rest.substring(unit.length());
                }
            }
            name = conv + rest;
            nameSimp = Keys.canonical(name);
        }
        Dated d = LeadDates.date(st, clauseStart, nameStart, nameEnd, published, LeadDates.yearIn(name));
        if (d.date() == null && s.index() > 0 && AFTERWARDS.matcher(st.strip()).lookingAt()) {
            // 会后,局长主持召开党组会议: held the day of the meeting the sentence before reports
            String previous = doc.simp(doc.sentences().get(s.index() - 1));
            Dated before = LeadDates.date(previous, 0, previous.length(), previous.length(), published, LeadDates.yearIn(name));
            if (before.precision() == DatePrecision.DAY) {
                d = before;
            } else {
                // 会前还召开了…, paragraphs after the lead: the day of the meeting the article last told
                for (int i = out.size() - 1; i >= 0; i--) {
                    Mention told = out.get(i);
                    if (!told.headline() && told.precision() == DatePrecision.DAY) {
                        d = new Dated(told.date(), told.precision());
                        break;
                    }
                }
            }
        }
        out.add(new Mention(name, nameSimp, form, d.date(), d.precision(), convener, s.index(),
                doc.evidence(s.start() + Math.max(clauseStart, 0), s.start() + nameEnd), headline));
    }

    /**
     * A clause before a name that says who attends or organises it (由…参加的, 县领导出席、各部门列席的, 由某商会组织的):
     * no part of the name.
     */
    private static final Pattern ATTENDED_OR_ORGANISED_BY = Pattern.compile("(?:参加|出席|列席|参会)的|由[^,。;]{2,60}?(?:组织|主办|承办|举办|召集)的"
            + "|(?:联合)?(?:主办|承办)的"); // …、乙委员会主办的…论坛: the hosts listed before the name

    /** 由致公党上海市委会、…主办的…论坛: a name that opens on 由 is the hosts' list, the body's 委会 no meeting. */
    private static final Pattern BY_BODY = Pattern.compile("由[^,。;]{2,60}?(?:委会|委员会|商会|协会|学会)$");

    /** What opens a name but is the reporter's this year or own place: 今年第6次集体学习, 我市…紧急会议, 该市…恳谈会. */
    private static final Pattern OWN_TIME_OR_PLACE = Pattern.compile("今年(?:度)?|本年度|[我该][省市县区州旗]");

    /**
     * A name opened by what the meeting is awaited for: 确保全市…会议顺利召开, 以最佳状态迎接会议召开 (planned, not held).
     */
    private static final Pattern AWAITED = Pattern.compile("^(?:以[^,。;]{1,8}?)?(?:确保|保证|保障|迎接|喜迎|服务保障)");

    private String formOf(String nameSimp) {
        // called once per character a name may end at: no regex unless a note closes the name
        String n = nameSimp.endsWith(")") ? Conveners.CLOSING_NOTE.matcher(nameSimp).replaceFirst("") : nameSimp;
        n = n.indexOf(' ') < 0 ? n : n.replace(" ", "");
        for (String f : forms) {
            if (n.endsWith(f)) {
                return f;
            }
        }
        return null;
    }

    /** Inside a document's title (《省委召开…会议》 names a document, not a meeting of this article). */
    private static boolean insideTitle(String st, int at) {
        int open = st.lastIndexOf('《', at);
        return open >= 0 && st.lastIndexOf('》', at) < open;
    }

    /** Headlines: a short line of its own without a sentence end (the first lines of a page). */
    private static boolean isHeadline(Doc doc, Sentence s) {
        String t = s.text().strip();
        return s.index() < 4 && t.length() <= 60 && !t.endsWith("。");
    }

    static int clauseStart(String st, int before) {
        int p = -1;
        for (char c : new char[] {',', ':', ';', '。', '!', '?', '\n'}) {
            p = Math.max(p, st.lastIndexOf(c, Math.max(0, before - 1)));
        }
        return p + 1;
    }

    /** Mentions of one meeting (same name, or one containing the other, and no clashing dates) become one. */
    private static List<Lead> merge(List<Mention> mentions) {
        List<List<Mention>> groups = new ArrayList<>();
        for (Mention m : mentions) {
            List<Mention> same = null;
            if (unnamedLater(m, groups)) {
                continue; // …座谈会 in the lead, then 召开会议专题研究…: the article's meeting again, adding nothing
            }
            for (List<Mention> g : groups) {
                if (g.stream().anyMatch(o -> sameMeeting(o, m))) {
                    same = g;
                    break;
                }
            }
            if (same == null) {
                groups.add(same = new ArrayList<>());
            }
            same.add(m);
        }
        mergeHeadlineIntoLead(groups);
        List<Lead> out = new ArrayList<>();
        for (List<Mention> g : groups) {
            Mention body = g.stream().filter(x -> !x.headline() && x.date() != null).findFirst()
                    .orElse(g.stream().filter(x -> !x.headline()).findFirst().orElse(g.get(0)));
            // the fullest name; of two as long, the body's (县安委会会议 in a headline, 全体成员会议 in the lead)
            Mention named = g.stream().max(java.util.Comparator.comparingInt((Mention x) -> x.nameSimp().length())
                    .thenComparing(x -> !x.headline())).orElse(body);
            Mention dated = g.stream().filter(x -> x.date() != null && x.precision() == DatePrecision.DAY).findFirst()
                    .orElse(g.stream().filter(x -> x.date() != null).findFirst().orElse(body));
            OrganizationRef convener = convener(g, body);
            out.add(new Lead(named.name(), named.form(), dated.date(), dated.precision(), convener, body.sentence(),
                    body.evidence()));
        }
        return out;
    }

    /** A mention after the lead's, named only by its form (会议), with neither day nor convener. */
    private static boolean unnamedLater(Mention m, List<List<Mention>> groups) {
        return !m.headline() && m.date() == null && m.convener() == null && UNNAMED.matcher(m.nameSimp()).matches()
                && groups.stream().anyMatch(g -> g.stream().anyMatch(x -> !x.headline() && x.sentence() < m.sentence()));
    }

    private static final Pattern UNNAMED = Pattern.compile("(?:会议|会)");

    /**
     * A headline that names the lead's meeting another way (县安委会召开会议 / 县安委会召开全体成员会议; 全市科技局长工作会议
     * / 全市县(市、区)科技局长会议) is that meeting: a meeting named only in headlines, undated, joins the body's first
     * meeting when their conveners do not differ.
     */
    private static void mergeHeadlineIntoLead(List<List<Mention>> groups) {
        List<Mention> lead = groups.stream().filter(g -> g.stream().anyMatch(m -> !m.headline()))
                .min(java.util.Comparator.comparingInt(g -> g.stream().filter(m -> !m.headline())
                        .mapToInt(Mention::sentence).min().orElse(Integer.MAX_VALUE)))
                .orElse(null);
        if (lead == null) {
            return;
        }
        for (int i = 0; i < groups.size(); i++) {
            List<Mention> g = groups.get(i);
            if (g == lead || !g.stream().allMatch(m -> m.headline() && m.date() == null)
                    || !sameBody(g, lead)) {
                continue;
            }
            g.addAll(lead);
            groups.remove(lead);
            return; // one headline group only: a second headline meeting is another meeting
        }
    }

    /**
     * No convener of one group differs from one of the other (the same key, or one a short form ending the other); a
     * body's party organ is the body here (…中心党支部召开…学习会 / …中心召开集体学习会议: `PARTY_ORGAN`).
     */
    private static boolean sameBody(List<Mention> a, List<Mention> b) {
        for (Mention x : a) {
            for (Mention y : b) {
                if (x.convener() == null || y.convener() == null) {
                    continue;
                }
                String xk = PARTY_ORGAN.matcher(x.convener().key()).replaceFirst("");
                String yk = PARTY_ORGAN.matcher(y.convener().key()).replaceFirst("");
                if (!xk.endsWith(yk) && !yk.endsWith(xk)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static final Pattern PARTY_ORGAN = Pattern.compile("(?<=.{2})(?:机关)?(?:党支部|党总支|党组|党委)$");

    /**
     * The body's convener before a headline's, and the fullest form of one body before a shorter one: a headline says
     * 莲都区应急管理局 where the lead says 丽水市莲都区应急管理局.
     */
    private static OrganizationRef convener(List<Mention> g, Mention body) {
        OrganizationRef chosen = body.convener() != null ? body.convener()
                : g.stream().map(Mention::convener).filter(c -> c != null).findFirst().orElse(null);
        if (chosen == null) {
            return null;
        }
        for (Mention m : g) {
            OrganizationRef c = m.convener();
            if (c != null && c.key().length() > chosen.key().length() && c.key().endsWith(chosen.key())) {
                chosen = c;
            }
        }
        return chosen;
    }

    private static boolean sameMeeting(Mention a, Mention b) {
        if (a.date() != null && b.date() != null && !a.date().equals(b.date())) {
            return false;
        }
        String x = core(a.nameSimp());
        String y = core(b.nameSimp());
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        if (x.contains(y) || y.contains(x)) {
            Mention longer = x.length() >= y.length() ? a : b;
            Mention shorter = longer == a ? b : a;
            return !scopeAboveConvener(core(longer.nameSimp()), shorter) && !relays(shorter, longer);
        }
        // 市政协党组(扩大)会议 in a headline, 市政协十六届11次党组(扩大)会议 in the body: the shorter name's characters
        // appear in the longer one in order, and at most one of them is dated
        return (a.date() == null || b.date() == null) && x.length() >= 4 && y.length() >= 4
                && (subsequence(x, y) || subsequence(y, x));
    }

    /**
     * 全国安全生产电视电话会议召开。随后,我省召开安全生产电视电话会议: the shorter name's convener is below the longer
     * name's scope, so the two are the higher meeting and the one relaying it.
     */
    private static boolean scopeAboveConvener(String longer, Mention shorter) {
        if (shorter.convener() == null) {
            return false;
        }
        Level level = shorter.convener().level() != Level.UNKNOWN ? shorter.convener().level()
                : Levels.ofOwnPlaceWord(shorter.convener().name());
        return level != null && level != Level.UNKNOWN && Scope.leading(longer).filter(sc -> !sc.fits(level)).isPresent();
    }

    /** 我省召开安全生产电视电话会议,迅速贯彻落实全国安全生产电视电话会议精神: a meeting is not the one it relays. */
    private static boolean relays(Mention shorter, Mention longer) {
        return shorter.evidence() != null && shorter.sentence() != longer.sentence()
                && Script.simplify(shorter.evidence().text()).contains(longer.nameSimp() + "精神");
    }

    private static boolean subsequence(String shorter, String longer) {
        int i = 0;
        for (int j = 0; j < longer.length() && i < shorter.length(); j++) {
            if (longer.charAt(j) == shorter.charAt(i)) {
                i++;
            }
        }
        return i == shorter.length();
    }

    /** A name without its year, parentheses and spaces, for comparing two mentions. */
    private static String core(String nameSimp) {
        return Keys.withoutLeadingYear(Keys.canonical(Conveners.BRACKETED.matcher(nameSimp).replaceAll("")));
    }
}
