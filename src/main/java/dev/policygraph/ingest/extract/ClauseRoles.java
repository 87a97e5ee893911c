package dev.policygraph.ingest.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.policygraph.ingest.Role;
import dev.policygraph.ingest.lexicon.Lexicon;

/**
 * What a clause after an official's name says the official did at the meeting: a role verb (主持, 出席, 讲话 …,
 * {@code lexicon/role_verbs.txt}) or a speech form ({@code 强调}, {@code 就…作了讲话}), unless the verb names someone
 * else's act ({@code 的讲话精神}) or one only announced ({@code 将出席}). Also where a clause ends, read the same way by
 * every form of {@link OfficialFinder}.
 */
final class ClauseRoles {

    /** 在…上的: the noun names what was given at some meeting. */
    private static final Pattern AT_MEETING_OF = Pattern.compile(".*在[^,]*上的.*");

    private final Map<String, Role> roleOf = new LinkedHashMap<>();

    ClauseRoles() {
        Lexicon.pairs("role_verbs").forEach((verb, role) -> roleOf.put(verb, Role.valueOf(role)));
    }

    /** The role verbs, in the lexicon's order. */
    Set<String> verbs() {
        return roleOf.keySet();
    }

    /** A speech right after a name ({@link #SPEECH_AFTER_NAME}), read with what is quoted emptied. */
    static boolean speechFollows(String rest) {
        return SPEECH_AFTER_NAME.matcher(unquoted(rest)).lookingAt();
    }

    /** Unnamed speakers listed after the named ones (,以及石岐街道、西区街道负责同志), before the act they share. */
    private static final Pattern ALSO_UNNAMED = Pattern.compile("^,?(?:以及|和|及)[^,。;:]{0,40}?(?:负责同志|负责人|代表|班子成员)");

    private static final Pattern QUOTED = Pattern.compile("“[^“”]{0,80}”|《[^《》]{0,80}》");

    /** The text with what is quoted (“…”, at most 80 characters) blanked character for character: offsets keep. */
    static String quotesBlanked(String text) {
        if (text.indexOf('“') < 0) {
            return text;
        }
        StringBuilder b = new StringBuilder(text);
        Matcher q = QUOTED.matcher(text);
        while (q.find()) {
            for (int i = q.start() + 1; i < q.end() - 1; i++) {
                b.setCharAt(i, '○');
            }
        }
        return b.toString();
    }

    /** The text with what is quoted emptied (作了“把握新时代、担当新使命”专题讲座): a title's commas end no clause. */
    static String unquoted(String text) {
        return text.indexOf('“') < 0 && text.indexOf('《') < 0 ? text : QUOTED.matcher(text).replaceAll("“”");
    }

    /** The last , ; 。 or : before {@code at}, or -1. */
    static int clauseBefore(String st, int at) {
        int c = -1;
        for (char ch : new char[] {',', ';', '。', ':'}) {
            c = Math.max(c, st.lastIndexOf(ch, Math.max(0, at - 1)));
        }
        return c;
    }

    /**
     * Where a clause ends: at its punctuation, or at a blank between a headline's parts (甲出席 乙讲话 丙主持会议); not at a
     * blank a copy left before the act itself (局长甲同志 出席会议并讲话).
     */
    static int clauseEnd(String st, int p) {
        for (int i = p; i < st.length(); i++) {
            if (",;。:!?".indexOf(st.charAt(i)) >= 0 || (st.charAt(i) == ' ' || st.charAt(i) == '\u3000')
                    && !BLANK_BEFORE_ACT.matcher(st).region(i, st.length()).lookingAt()) {
                return i;
            }
        }
        return st.length();
    }

    private static final Pattern IN_TURN = Pattern.compile("分别|先后|依次|相继"
            + "|(?:(?:围绕|就)[^,。;]{2,40}?)?回答了?记者(?:的)?提问"); // 甲,乙,丙,围绕…回答了记者提问: a press conference's panel

    /** 董事长甲、总经理乙等与会者,踊跃发言: a list closed as the meeting's guests, its act after the comma. */
    private static final Pattern CLOSED_AS_GUESTS = Pattern.compile("等(?:与会者|与会人员|与会代表|与会嘉宾|嘉宾)");

    private static final Pattern BLANK_BEFORE_ACT = Pattern.compile("[ \u3000]+(?:出席|主持|列席|参加)(?:会议|了)");

    /**
     * The roles a clause after a name gives: its role verbs (主持, 出席, 讲话 …), and a speech verb right after the
     * name or title ({@code 强调}, {@code 在会上指出}). A verb used as a noun of someone else's act is not a role:
     * {@code 习近平总书记的重要讲话精神}, {@code 在…会议上的讲话}.
     */
    List<Role> rolesIn(String st, int from) {
        Matcher unnamed = ALSO_UNNAMED.matcher(st).region(from, st.length());
        if (unnamed.lookingAt()) {
            return rolesIn(st, unnamed.end()); // 甲、乙,以及某街道负责同志分别发言: the unnamed join the act
        }
        int end = clauseEnd(st, from);
        if (end == from && end < st.length() && st.charAt(end) == ','
                && IN_TURN.matcher(st).region(end + 1, st.length()).lookingAt()) {
            return rolesIn(st, end + 1); // 甲,乙、丙,分别就上述议题作了说明: the list's act after its last comma
        }
        if (end < st.length() && st.charAt(end) == ',' && (ON_BEHALF.matcher(st).region(from, end).matches()
                || CLOSED_AS_GUESTS.matcher(st).region(from, end).matches())) {
            return rolesIn(st, end + 1); // 副市长甲受市委书记的委托,作为特邀代表出席…: the act is in the next clause
        }
        String clause = st.substring(from, end);
        String rest = st.substring(from);
        List<Role> out = new ArrayList<>();
        if (clause.startsWith("将") || clause.startsWith("拟") || clause.startsWith("即将")) {
            return out; // 张德江将出席会议: announced, not reported
        }
        for (Map.Entry<String, Role> e : roleOf.entrySet()) {
            Role r = e.getValue();
            for (int i = clause.indexOf(e.getKey()); i >= 0 && !out.contains(r); i = clause.indexOf(e.getKey(), i + 1)) {
                if (!nounUse(clause, i, e.getKey().length()) && !announced(clause, i)) {
                    out.add(r);
                }
            }
        }
        if (out.isEmpty() && rest.startsWith("与") && SAT_WITH.matcher(rest).lookingAt()) {
            out.add(Role.ATTENDED); // 部长甲、副部长乙与…就…进行座谈: the talk's subjects take part in it
        }
        if (out.isEmpty() && JOINED_GROUP.matcher(clause).lookingAt()) {
            out.add(Role.ATTENDED); // 省委副书记甲来到民革、民盟联组, 乙参与各自小组讨论: a session's group discussion joined
        }
        if (out.isEmpty() && (rest.startsWith("等与") || rest.startsWith("与")) && EXCHANGED_WITH.matcher(rest).lookingAt()) {
            out.add(Role.SPOKE); // 委员甲、乙等与省商务厅相关负责同志进行了互动交流: each of them spoke
        }
        String after = rest.substring(clause.length());
        if (!out.contains(Role.SPOKE) && (SPEECH_AFTER_NAME.matcher(unquoted(rest)).lookingAt() || AND_SPOKE.matcher(clause).find()
                || out.contains(Role.ATTENDED) && ATTENDED_TO_BRIEF.matcher(clause).find()
                || !out.isEmpty() && (GOES_ON_TO_SPEAK.matcher(after).lookingAt()
                        || LATER_AND_SPOKE.matcher(after).find()))) {
            out.add(Role.SPOKE);
        }
        out.sort(null);
        return out;
    }

    /** 甲、乙出席发布会介绍了…情况: guests who attend to brief the press, speakers there. */
    private static final Pattern ATTENDED_TO_BRIEF = Pattern.compile("(?:出席|参加)[^,。;]{0,6}?(?:发布会|吹风会|会议?)并?"
            + "(?:介绍|通报|解读|发布(?!会))");

    /** Who comes to a session's group or takes part in its discussion: 来到…代表团, 来到…联组, 等参与各自小组讨论. */
    private static final Pattern JOINED_GROUP = Pattern.compile("等?(?:来到|参与)[^,。;]{0,24}?(?:代表团|联组|讨论组|小组讨论|分组讨论|"
            + "讨论会场)");

    /** 委员甲、乙等与…相关负责同志进行了互动交流: views exchanged with others, a speech of each. */
    private static final Pattern EXCHANGED_WITH = Pattern.compile("等?与[^,。;]{1,30}?进行了?(?:互动|深入)?交流(?!会)");

    /** 与部分厅长和局长就…进行座谈讨论: a talk the subject holds with others, its topic perhaps running across clauses. */
    private static final Pattern SAT_WITH = Pattern.compile("与[^,。;]{1,30}?(?:就[^。;]{0,100}?)?(?:进行了?)?座谈(?!会)");

    /** 受市委书记、市长的委托: acting on someone's behalf, a clause of its own before the act. */
    private static final Pattern ON_BEHALF = Pattern.compile("受[^,。;]{1,30}?委托");

    /** 甲、乙将作交流发言: the last name's act announced, which the names listed before it share. */
    private static final Pattern ANNOUNCED = Pattern.compile("(?:将|拟)(?:于[^,。、]{1,12}?)?(?:[作做]|进行)?[^,。、将]{0,4}$");

    /** How far before its verb an announcing 将 or 拟 may stand (将于下午作交流发言). */
    private static final int ANNOUNCED_REACH = 24;

    /** Whether the act at {@code verb} in the clause is only announced; the pattern is tried only after a 将 or 拟. */
    private static boolean announced(String clause, int verb) {
        int from = Math.max(0, verb - ANNOUNCED_REACH);
        int at = Math.max(clause.lastIndexOf('将', verb - 1), clause.lastIndexOf('拟', verb - 1));
        return at >= from && ANNOUNCED.matcher(clause).region(at, verb).lookingAt();
    }

    /**
     * A speech right after a name: 甲就…作了讲话; also on behalf of a body (乙代表县政府对…提出了要求), a review (对…进行了
     * 简要回顾, 对…作了回顾), and praise followed by demands (对…给予了高度评价,并就…提出三点意见; 甲肯定了…,并提出…, 乙充分肯定了…并对…提出要求; praise alone is no speech: 会前…会见,
     * 甲对…给予充分肯定); an adverb of order may come first, 首先 or a bare 先 (甲副院长先传达了…精神); a theme may be
     * named first, 以“…”为主题,从…等方面作了深入解读; the aspects listed may run across clauses (副县长甲从总结成绩、直面问题;把握方向…等三个方面
     * 对…进行了强调部署).
     */
    private static final Pattern SPEECH_AFTER_NAME = Pattern.compile("^(?:同志)?等?(?:分别|先后|依次)?(?:最后|随后|首先|先|接着|同时|还|也|又|再次|现场|"
            + "进一步|带头|逐一|逐项|逐条|详细|系统|重点|专门|认真|全面|深入|简要|原原本本|逐字逐句|明确|着重|特别|真诚|诚恳|郑重|反复|深情){0,2}(?:\\p{IsHan}{2,4}地)?(?:代表[^,。;就对向致结作做]{1,20}?(?=[就对向致作做]|结合|发言))?"
            + "(?:作为[^,。;]{1,16}?(?=进行|[作做]|发言)|作为[^,。;]{1,20}?,(?=表示|指出|强调|认为))?"
            + "(?:为[^,。;]{1,12}?(?=解读|宣讲|讲解|辅导|授课|提出|[作做]了))?"
            + "(?:[在于][^,。]{0,30}?(?:上|中|时|后))?(?:以[^,。;]{0,30}?为主?题,)?"
            + "(?:(?:就|向|从|围绕|以|对|针对|结合)[^,。;]{0,40}?|(?:就|围绕|结合)[^。;]{0,60}?,(?:(?:分别|先后|依次)?(?:从|围绕|就)[^,。;]{0,20}?)?"
            + "|就[^。;]{0,100}?(?=提出|[作做]出|[作做]了)|从[^。]{0,100}?方面,?(?:[对向][^,。;]{0,40}?)?)?"
            + "(?:" + SpeechVerbs.alternation(SpeechVerbs.Use.SPOKE) + "|"
            + "(?<=代表[^,。;]{1,20})发言(?!人)|(?<=在会[中上])指示|结合[^,。]{0,20}?(?:提出|谈|强调)|对[^,。]{0,30}?提出|(?:带领|组织)[^,。;]{0,12}?学习|致[^,。]{0,3}?[辞词]|解读|讲解(?!员)|辅导(?!员)|授课|交流了?[^,。]{0,10}?(?:体会|心得|感受|经验)|"
            + "进行了?[^,。]{0,8}?(?:发言|部署|点评|讲解|解读|辅导|动员|阐述|阐释|说明|总结|回顾|分析|强调|交流|述职)|提了[^,。]{0,8}?要求|提[一二三四五六七八九十两几\\d]点(?:希望|要求|意见|建议)|"
            + "(?:给予|予以)了?[^,。]{0,6}?(?:肯定|评价),并(?:就|对)[^,。;]{0,40}?提出|"
            + "(?:充分|高度)?肯定了[^。;]{0,60}?(?:,|并)[^。;]{0,40}?(?:提出|指出|强调|分析了|希望|表示|要求)|"
            + "(?:为[^,。]{0,6}?)?上了?[^,。]{0,8}?党课|讲授[^,。]{0,12}?党课|"
            + "[作做](?!的)了?(?!书面)[^,。]{0,24}?(?:讲话|报告|汇报|工作报告|总结|回顾|部署|安排|发言|动员|讲座|点评|解读|辅导|党课|授课|讲课|介绍|研讨交流|说明))");

    /** 陆玉学从…方面作了点评, 李建明就…提出要求: a topic phrase, then a speech, right after a name. */
    static final Pattern TOPIC_THEN_SPEECH = Pattern.compile("(?:从|就|对|针对)[^。;]{0,60}?"
            + "(?:[作做]了?[^,。]{0,24}?(?:讲话|报告|总结|部署|发言|点评|解读|辅导)|提出[^,。]{0,8}?要求|进行了?[^,。]{0,6}?(?:部署|点评))");

    /** 主持召开…会议,学习了…,并就近期工作进行安排部署; 主持了座谈会,并围绕…做了说明: the same subject, a later clause. */
    private static final Pattern LATER_AND_SPOKE = Pattern.compile(",并(?:就|对|围绕)[^。;]{0,40}?(?:进行了?|[作做]了?)?"
            + "(?:安排部署|部署|讲话|点评|说明|提出[^,。]{0,8}?要求|(?:交流|典型)?发言)");

    /** 主持召开…会议,传达了…; 出席会议,并致欢迎辞: the chair or guest, still the subject of the next clause, speaks there. */
    private static final Pattern GOES_ON_TO_SPEAK = Pattern.compile(",(?:并(?:分别)?传达|会上(?:及时|首先)传达|(?:并|随后|会上)?(?:传达了|传达学习了|强调|指出|组织领学|组织学习|带领[^,。;]{0,12}?学习|致[^,。]{0,3}?[辞词]|"
            + "安排部署|(?:向[^,。]{0,10}?)?(?:介绍|发布(?!会)|通报)|回答[^,。]{0,8}?提问|[作做]了?[^,。]{0,24}?(?:讲话|报告|部署)"
            + "|(?:对|就|围绕)[^,。;]{2,60}?[作做]了?[^,。]{0,8}?(?:讲话|报告)))"); // 主持召开…座谈会,对…做了重要讲话

    /**
     * 主持会议并讲话, 出席会议并对…提出要求, 到会指导并提出三点要求, 参加学习并围绕…进行了政策解读, 出席会议并致欢迎辞,
     * 主持会议并部署…工作: a second act of the same person.
     */
    private static final Pattern AND_SPOKE = Pattern.compile("并(?:[作做]|对[^,。]{0,30}?提出|提出|强调|要求|指出|讲话|表示(?:[,:]|$)|讲了?[^,。]{0,4}?意见|致[^,。]{0,3}?[辞词]|发表|安排部署|部署|"
            + "传达|通报|" // 出席会议并传达省长批示
            + "回答[^,。]{0,8}?提问|答记者问|" // 出席发布会并回答记者提问: at a press conference who answers speaks
            + "谈[^,。]{0,8}?(?:体会|认识|感受|心得)|"
            + "(?:就|围绕)[^,。;]{0,80}?进行了?[^,。]{0,8}?(?:解读|辅导|点评|讲话|部署)|"
            // 出席会议并就…提出要求, 并对…作出部署: as a later clause's 并就… (LATER_AND_SPOKE) says it
            + "(?:就|对|围绕)[^,。;]{0,40}?(?:[作做]出?了?)?(?:安排部署|部署|讲话|点评|说明|提出[^,。]{0,8}?要求)|"
            + "进行了?(?:点评|讲话|部署|安排部署))");

    /** 对前来参加会议的代表们表示欢迎: the verb describes whom the subject greets, not what the subject does. */
    private static final Pattern WHO_ATTEND = Pattern.compile("(?:本次|这次|此次)?(?:会议|座谈会|大会|活动)的");

    /** 参加了调研: a visit the official took part in, not the meeting; 出席…看守所揭牌仪式: a ceremony beside it. */
    private static final Pattern OUTING = Pattern.compile("了?(?:调研|考察|视察|慰问)(?!座谈会|会议)"
            + "|[^,。;]{0,16}?(?:揭牌|签约|启动|奠基|开工|剪彩|授牌)仪式");

    /**
     * 的讲话, 重要讲话精神, 讲话精神: the verb names someone's speech, not an act at this meeting; 参加会议的代表 and 参会人员 name those
     * who attend, not an act of the subject (甲带领全体参会人员学习); 参会体会 is what a speaker tells of
     * another meeting (甲交流了参会体会); 参加调研 is a visit, not this meeting.
     */
    private static boolean nounUse(String clause, int i, int length) {
        if (i >= 2 && clause.startsWith("书面", i - 2)) {
            return true; // 甲、乙5位委员作书面发言: handed in, not spoken at the meeting
        }
        int made = Math.max(clause.lastIndexOf("作的", i), clause.lastIndexOf("做的", i));
        int commaAfterMade = made < 0 ? -1 : clause.indexOf(',', made);
        if (made >= 0 && i - made <= 8 && (commaAfterMade < 0 || commaAfterMade > i)) {
            return true; // 甲同志在研讨班结业式上作的总结讲话: the speech he gave there, named
        }
        if (i > 0 && clause.charAt(i - 1) == '的' && madeUnderTitle(clause, i - 1)) {
            return false; // 甲作“…”的主旨演讲: a talk given under its title, made here
        }
        if (i > 0 && (clause.charAt(i - 1) == '的' || clause.startsWith("重要", Math.max(0, i - 2)) && i >= 2
                && clause.charAt(i - 1) == '要' && clause.charAt(i - 2) == '重' && !madeAt(clause, i - 2))) {
            return true;
        }
        String after = clause.substring(Math.min(clause.length(), i + length));
        return after.startsWith("精神") || after.startsWith("批示") || after.startsWith("人员") || after.startsWith("体会")
                || after.startsWith("心得") || OUTING.matcher(after).lookingAt() || WHO_ATTEND.matcher(after).lookingAt()
                || Regions.matches(AT_MEETING_OF, clause, 0, i);
    }

    private static final Pattern MADE_UNDER_TITLE = Pattern.compile("[作做]了?(?:题为)?(?:“[^“”]{1,80}”|《[^《》]{1,80}》)$");

    /** 作“…”的, 做了《…》的: {@code de} is the 的 after a title the subject's own speech is given under. */
    private static boolean madeUnderTitle(String clause, int de) {
        return de > 0 && "”》".indexOf(clause.charAt(de - 1)) >= 0
                && MADE_UNDER_TITLE.matcher(clause).region(0, de).find();
    }

    /** 作重要讲话, 作了重要讲话, 发表了重要讲话: the speech made, not named; {@code at} is where 重要 starts. */
    private static boolean madeAt(String clause, int at) {
        int v = at > 0 && clause.charAt(at - 1) == '了' ? at - 2 : at - 1;
        return v >= 0 && "作做表".indexOf(clause.charAt(v)) >= 0;
    }
}
