package dev.policygraph.ingest.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.policygraph.ingest.OrganizationRef;
import dev.policygraph.ingest.script.Keys;
import dev.policygraph.ingest.segment.Sentence;

/**
 * Who held a meeting (召开单位): the subject of the holding verb after a lead's date and dateline, a standing
 * committee's party committee, a school or company in its own report, a place as its government; else the body of the
 * chair's first title (局长某主持召开), a body named at the start of the meeting's name, or the body of an earlier
 * clause when the holding clause has no subject of its own.
 */
final class Conveners {

    /** What may stand between the body and its verb: 省总工会16日召开, 国新办今天上午举行. */
    private static final Pattern BEFORE_VERB = Pattern.compile("(?:迅速|在[\\p{IsHan}\\d]{1,12}|于[^,]{1,24}|再次|专门|联合|"
            + "连续|先后|相继|随即|立即|紧急|隆重|"
            + "今天|今日|昨天|昨日|昨|当天|上午|下午|晚上|日前|近日|近期|前不久|"
            + LeadDates.DAY_WRITTEN_IN + "|" // 今(5)日, 昨(4)日
            // 某局以视频会议形式召开…, 通过视频方式召开: the manner of holding it
            + "(?:以|通过|采取|采用)[^,。;]{1,12}?(?:形式|方式)|"
            + "(?:(?:\\d{4} ?年 ?)?\\d{1,2} ?月 ?)?\\d{1,2} ?[日号](?:上午|下午|晚上|晚)?)+$");
    /** Anything in brackets: a body's second name, a meeting's note (党组(扩大)会议). */
    static final Pattern BRACKETED = Pattern.compile("\\([^)]*\\)");
    /** In brackets at the end: a body's second name (市地方金融监管局(市金融工作局)), a note closing a name (党组(扩大)会议(第三次)). */
    static final Pattern CLOSING_NOTE = Pattern.compile("\\([^)]*\\)$");

    private final Organizations orgs;

    Conveners(Organizations orgs) {
        this.orgs = orgs;
    }

    /** What may precede a convener at the clause start: dates, times, places, reporters' openings. */
    static final Pattern LEAD_NOISE = Pattern.compile("^(?:(?:\\d{4} ?年 ?)?\\d{1,2} ?月 ?\\d{1,2} ?日(?:至\\d{1,2}日)?"
            + "(?:上午|下午|晚上|晚|早上)?|\\d{1,4}日(?:上午|下午|晚上|晚)?|(?:\\d{4} ?年 ?)?\\d{1,2} ?月(?:上旬|中旬|下旬|初|底|末)|日前|近日|近期|前不久|今天|今日|昨天|上午|下午|"
            + "本报讯|本刊讯|又讯|讯|[\\p{IsHan}]{1,8}讯(?=[\\s(])|[,\\s■●·]|"
            // a heading's number in a document laid out in sections: 三、会议召开 is a heading, no meeting
            + "[一二三四五六七八九十]{1,3}、|\\([一二三四五六七八九十]{1,3}\\)|\\([\\p{IsHan}·]{0,16}记者[^)]*\\)|\\(通讯员[^)]*\\)|【[^【】]{1,12}】|"
            // a wire dateline: 新华社北京1月27日电, 本报北京10月25日电, 深圳新闻网2024年2月4日讯
            + "[\\p{IsHan}]{1,12}?(?:\\d{4} ?年 ?)?\\d{1,2} ?月 ?\\d{1,2} ?日[电讯])+");

    private static final Pattern CHAIR_TITLE = Pattern.compile("^(?<org>[\\p{IsHan}()]{2,24}?)(?:党组|党委)?(?:书记|副书记|"
            + "主任|副主任|局长|副局长|厅长|副厅长|部长|副部长|主席|副主席|县长|副县长|区长|副区长|市长|副市长|省长|副省长|"
            + "常务副县长|常务副市长|队长|会长|委员|成员)");

    /** Before a convener: a headline's "(原标题", an item number of a digest (1.), a bullet, a column tag (【防控】). */
    private static final Pattern CONVENER_CHROME = Pattern.compile("^(?:\\(原标题:?|\\d{1,2}[.、]|[■●·\\s]|【[^【】]{1,12}】)+");

    /** A body that acts, told in a clause of its own before the one that holds the meeting: 某厅迅速行动,于…组织…. */
    private static final Pattern ACTED = Pattern.compile("(?<body>[^,。;:]{2,24}?)(?:迅速行动|立即行动|积极行动|闻令而动|"
            + "高度重视)");

    /** The room of a body a meeting was held in, a clause of its own: 在市交通运输局三楼东会议室,召开…. */
    private static final Pattern BODYS_ROOM = Pattern.compile("在(?<body>\\p{IsHan}{2,16}?(?:局|厅|委|院|部|政府|中心|办))"
            + "[^,。;:]{0,12}?(?:会议室|报告厅|会议厅|礼堂|会议中心)");

    /** A body that came somewhere, the first clause of a sentence that goes on 并召开…: 某督导组进驻我市,并于当天召开…. */
    private static final Pattern CAME = Pattern.compile("(?<body>[^,。;:]{2,24}?)(?:到|赴|进驻|来到|深入)");

    /**
     * The body of an earlier clause of the sentence when the clause that holds the meeting has no subject of its own
     * (only a time, 于6月19日上午, or 并): 省交通运输厅迅速行动,于…组织…学习; 在市交通运输局三楼东会议室,召开…; 某督察组到
     * 永州开展督察,并召开督察对接会.
     */
    OrganizationRef earlierSubject(Doc doc, Sentence s, String st, int clauseStart, int verbStart) {
        int[] span = subjectSpan(st, clauseStart, verbStart);
        String own = st.substring(span[0], span[1]);
        if (clauseStart == 0 || !own.isEmpty() && !own.equals("并")) {
            return null;
        }
        int previous = MeetingFinder.clauseStart(st, clauseStart - 1);
        Matcher noise = LEAD_NOISE.matcher(st).region(previous, clauseStart - 1);
        int from = noise.lookingAt() ? noise.end() : previous;
        for (Pattern p : new Pattern[] {ACTED, BODYS_ROOM}) {
            Matcher m = p.matcher(st).region(from, clauseStart - 1);
            if (m.matches() && orgs.looksLikeBody(m.group("body"))) {
                return orgs.of(doc.written(s.start() + m.start("body"), s.start() + m.end("body")));
            }
        }
        if (own.equals("并")) {
            Matcher lead = LEAD_NOISE.matcher(st);
            int start = lead.lookingAt() ? lead.end() : 0;
            int first = st.indexOf(',', start);
            if (first < 0 || first >= clauseStart) {
                return null;
            }
            Matcher m = CAME.matcher(st).region(start, first);
            if (m.lookingAt() && orgs.looksLikeBody(m.group("body"))) {
                return orgs.of(doc.written(s.start() + m.start("body"), s.start() + m.end("body")));
            }
        }
        return null;
    }

    /** The convener: the clause's subject before the verb, else the body in a chair's title (<title><name>主持召开). */
    OrganizationRef convener(Doc doc, Sentence s, String st, int clauseStart, int verbStart) {
        int[] span = subjectSpan(st, clauseStart, verbStart);
        int convStart = span[0] - clauseStart;
        String conv = st.substring(span[0], span[1]);
        Matcher committee = STANDING_COMMITTEE.matcher(conv);
        if (committee.matches()) {
            // 区委常委会召开第138次(扩大)会议: the standing committee meets for its party committee, which convenes it
            int at = s.start() + span[0] + committee.start("body");
            return orgs.of(doc.written(at, at + committee.group("body").length()));
        }
        if (SELF_NAME.matcher(conv).matches()) {
            int at = s.start() + span[0];
            return orgs.of(doc.written(at, span[1] + s.start())); // 学校召开党委常委(扩大)会议: the school's own report
        }
        if (conv.startsWith("我") || conv.startsWith("本") || conv.startsWith("该") || conv.startsWith("全市") || conv.startsWith("全县")
                || conv.startsWith("全省")) {
            return null;
        }
        Matcher group = STUDY_GROUP.matcher(conv);
        if (group.find() && group.start() >= 2) {
            // 省统计局党组理论学习中心组开展…学习: the bureau's own study; 市教卫工作党委理论学习中心组: the committee's
            boolean unitOnly = !orgs.looksLikeBody(conv.substring(0, group.start())) && (conv.startsWith("党委", group.start())
                    || conv.startsWith("党组", group.start()));
            conv = conv.substring(0, group.start() + (unitOnly ? 2 : 0));
        }
        int topic = conv.indexOf('就');
        if (topic >= 2 && !conv.startsWith("业", topic + 1) && orgs.looksLikeBody(conv.substring(0, topic))) {
            conv = conv.substring(0, topic); // 区纪委监委就该镇…案件召开: the body, then the topic it meets on
        }
        int cut = Math.max(conv.lastIndexOf('、'), conv.lastIndexOf('与'));
        String first = cut > 0 && orgs.looksLikeBody(conv.substring(0, cut)) ? conv.substring(0, cut) : conv;
        String bare = BRACKETED.matcher(first).replaceAll("");
        if (bare.endsWith("常委")) {
            return null; // 县委常委、常务副县长某主持召开…: a title, no body
        }
        if (bare.length() >= 2 && (orgs.looksLikeBody(bare) || PLACE.matcher(bare).matches() || PLACE_SYSTEM.matcher(bare).matches())
                && first.length() <= 30) {
            int at = s.start() + clauseStart + convStart;
            return orgs.of(doc.written(at, at + first.length()));
        }
        return null;
    }

    /**
     * Where, in [clauseStart, verbStart), the subject of a holding verb stands: after a date, a reporter's opening, a
     * digest's item number or a headline's slogan, before a summons (召集) and the time or manner words right before
     * the verb.
     */
    static int[] subjectSpan(String st, int clauseStart, int verbStart) {
        String before = st.substring(clauseStart, verbStart);
        Matcher noise = LEAD_NOISE.matcher(before);
        int convStart = noise.lookingAt() ? noise.end() : 0;
        int summons = before.indexOf("召集", convStart); // 某局召集各县区负责人召开…: the body before 召集
        if (summons > convStart) {
            before = before.substring(0, summons);
        }
        // what may stand between the body and its verb: 省总工会16日召开, 国新办今天上午举行
        String conv = BEFORE_VERB.matcher(before.substring(convStart)).replaceFirst("");
        Matcher chrome = CONVENER_CHROME.matcher(conv);
        if (chrome.lookingAt()) {
            convStart += chrome.end();
            conv = conv.substring(chrome.end());
        }
        int dash = conv.lastIndexOf('—'); // 众志成城开新局——衡阳市审计局召开…: a headline's slogan before the dash
        if (dash >= 0) {
            convStart += dash + 1;
            conv = conv.substring(dash + 1);
        }
        return new int[] {clauseStart + convStart, clauseStart + convStart + conv.length()};
    }

    /**
     * A party committee's standing committee (区委常委会, 七届区委常委会, 中共某市委常委会): a body whose name ends like a
     * meeting's; its sessions are its party committee's ({@code body}), named after the standing committee.
     */
    static final Pattern STANDING_COMMITTEE = Pattern.compile("(?:[一二三四五六七八九十\\d]{1,3}届)?"
            + "(?<body>\\p{IsHan}{0,12}?(?:[省市县区州旗盟]委|党工委))常委会");

    /** What a school or a company calls itself in its own report: 学校召开…, 集团召开…, 公司隆重召开…. */
    private static final Pattern SELF_NAME = Pattern.compile("学校|公司|集团");

    /** A place's sector as a whole: 通辽市交通运输系统召开会议 (not 全市…系统, a scope). */
    private static final Pattern PLACE_SYSTEM = Pattern.compile("(?![各全该本])\\p{IsHan}{1,6}(?:省|市|县|区|州|旗)\\p{IsHan}{2,10}系统");

    /** A place that holds a meeting as its government does: 钟楼区召开…, 凤县召开… (not 各县区, 全区, 该市). */
    private static final Pattern PLACE = Pattern.compile("(?![各全该本])\\p{IsHan}{1,6}(?:省|市|县|区|州|旗)");

    /** A body's study group after its name: 党组理论学习中心组, 党委中心组, and as also written, 党组理论中心学习组. */
    private static final Pattern STUDY_GROUP = Pattern.compile("(?:党组|党委)?(?:(?:理论学习)?中心组|理论中心组|理论中心学习组|中心学习组)$");

    /** A party committee's deputy secretary who heads the government: 市委副书记、市长; 县委副书记、代县长. */
    private static final Pattern PARTY_DEPUTY_HEADS = Pattern.compile("\\p{IsHan}{1,8}?委副书记、代?\\p{IsHan}{0,8}?[省市县区州]长");

    /** 国家税务总局党组书记、局长王军主持召开…: the body of the chair's first title. */
    OrganizationRef chairsBody(Doc doc, Sentence s, String st, int clauseStart, int verbStart) {
        String before = st.substring(clauseStart, verbStart);
        Matcher noise = LEAD_NOISE.matcher(before);
        int convStart = noise.lookingAt() ? noise.end() : 0;
        String conv = before.substring(convStart);
        if (PARTY_DEPUTY_HEADS.matcher(conv).lookingAt()) {
            return null; // 市委副书记、市长甲主持召开…: the head of government's meeting, not the party committee's
        }
        Matcher t = CHAIR_TITLE.matcher(conv);
        if (t.find()) {
            String org = t.group("org");
            int end = t.end("org");
            String withUnit = conv.substring(0, end);
            if (conv.startsWith("党组", end) || conv.startsWith("党委", end)) {
                withUnit = conv.substring(0, end + 2);
            }
            // 市地方金融监管局(市金融工作局)局长: a body with its second name in brackets
            if (orgs.looksLikeBody(CLOSING_NOTE.matcher(withUnit).replaceAll("")) || orgs.looksLikeBody(org)) {
                int at = s.start() + clauseStart + convStart;
                return orgs.of(doc.written(at, at + withUnit.length()));
            }
        }
        return null;
    }

    /**
     * What a name's opening words can hold that no body's name does: a date, a period, a place of residence, cadres, a
     * relaying verb (传达中国科协“七大”精神会议: the body whose spirit is relayed), a session number (…三次执委).
     */
    private static final Pattern NOT_A_BODY_IN_NAME = Pattern.compile("\\d|月份|季度|上半年|下半年|年度|^在|干部$|党员|常委$|^党委|^党组|《|"
            + "^(?:传达|学习|贯彻|落实)|[一二三四五六七八九十]次");

    /** A body's last character that with the next one makes a word (部署, 部门, 局面): no body ends there. */
    private static final Pattern WORD_ACROSS = Pattern.compile("部署|部门|部分|局面|局势|委托|厅堂");

    /** A people's organisation written short, which names its own sessions (省残联第七届主席团第四次全体会议). */
    private static final Pattern PEOPLES_ORGANISATION = Pattern.compile("(?:妇联|残联|侨联|文联|科协|社科联)$");

    /** 召开国家邮政局党组会议: the body named at the start of the meeting name, or null. */
    OrganizationRef convenerInName(Doc doc, int nameStart, String nameSimp) {
        String n = Keys.withoutLeadingYear(nameSimp);
        int offset = nameSimp.length() - n.length();
        if (n.startsWith("全国") || n.startsWith("全省") || n.startsWith("全市") || n.startsWith("全县") || n.startsWith("第")) {
            return null; // a scope or a session number, not a body
        }
        for (int len = Math.min(20, n.length() - 2); len >= 2; len--) {
            String cand = n.substring(0, len);
            if (cand.contains("会") || cand.contains("暨") || NOT_A_BODY_IN_NAME.matcher(cand).find()
                    || len == 2 && cand.charAt(0) == '全' // 全局领导干部会议, 全厅干部大会: the whole body, a scope
                    || Regions.matches(WORD_ACROSS, n, len - 1, Math.min(n.length(), len + 1))) {
                continue; // 重点工作部署推进会: 部 starts 部署, it ends no body
            }
            if (orgs.looksLikeBody(cand) && !cand.endsWith("会") && (cand.endsWith("局") || cand.endsWith("厅")
                    || cand.endsWith("部") || cand.endsWith("委") || cand.endsWith("政府") || cand.endsWith("党组")
                    || cand.endsWith("党委") || cand.endsWith("政协") || cand.endsWith("委员会")
                    || PEOPLES_ORGANISATION.matcher(cand).find())) {
                return orgs.of(doc.written(nameStart + offset, nameStart + offset + len));
            }
        }
        return null;
    }
}
