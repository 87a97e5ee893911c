package dev.policygraph.ingest;

import static dev.policygraph.ingest.Extracted.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Forms found by reading the extractor's output on real meeting reports nobody had labelled (sectors and levels the
 * tuning texts cover thinly), each seen in more than one of them. Texts written for these tests. Pure, fast.
 */
class UnseenFormsExtractTests {

    private final ArticleExtractor extractor = new ArticleExtractor();

    private static List<String> names(ArticleGraph g) {
        return g.officials().stream().map(OfficialRef::simplifiedName).toList();
    }

    @Test
    void aNameFollowedByAnAdverbOfHasteIsStillAName() {
        ArticleGraph g = extract("发布时间:2024-03-12\n\n3月11日晚,副市长彭某某迅速召开全市安全生产紧急会议。"
                + "彭某某要求,各级各部门要加强安全防范。");
        assertEquals(List.of("彭某某"), names(g));
        ArticleGraph h = extract("发布时间:2024-03-12\n\n3月11日上午,县检察院召开全院干部职工大会。县检察院党组书记、检察长"
                + "陈某某第一时间向全院人员传达了全国两会精神。");
        assertEquals(List.of("陈某某"), names(h));
    }

    @Test
    void aProcuratorsOrTeamLeadersTitleAfterTheNameMakesAnOfficial() {
        ArticleGraph g = extract("发布时间:2024-03-12\n\n3月11日上午,县检察院召开全院干部职工大会。会上,陈某某检察长介绍了"
                + "大会的基本情况。吴某组长对县检察院的工作提出了要求。");
        MeetingItem m = g.meetings().get(0);
        assertEquals(Set.of("SPOKE"), RolesAt.of(g, m, "陈某某"));
        assertEquals(Set.of("SPOKE"), RolesAt.of(g, m, "吴某"));
    }

    @Test
    void aSubjectMeetingWhoseNameCarriesOnAThemeIsReported() {
        ArticleGraph g = extract("发布时间:2014-03-28\n\n3月20日,市人社系统深入开展党的群众路线教育实践活动动员大会在市总工会"
                + "会议室召开。局党委书记李某某同志在会上作动员报告。");
        assertEquals(List.of("市人社系统深入开展党的群众路线教育实践活动动员大会"),
                g.meetings().stream().map(MeetingItem::name).toList());
        ArticleGraph h = extract("发布时间:2024-03-28\n\n3月20日,全市组织工作会议在市委党校召开。市委常委、组织部部长李某某出席会议。");
        assertEquals(List.of("全市组织工作会议"), h.meetings().stream().map(MeetingItem::name).toList());
    }

    @Test
    void aReviewASpeechOnBehalfOfABodyAndPraiseThenDemandsAreSpeeches() {
        ArticleGraph g = extract("发布时间:2024-03-28\n\n3月20日,县教育局召开工作会议。局长吴某某对去年工作进行了简要回顾。"
                + "副县长李某代表县政府对教育局如何抓好整改提出了要求。督导组组长王某某对县教育局的工作给予了高度评价,"
                + "并就此次活动提出三点意见。");
        MeetingItem m = g.meetings().get(0);
        assertEquals(Set.of("SPOKE"), RolesAt.of(g, m, "吴某某"));
        assertEquals(Set.of("SPOKE"), RolesAt.of(g, m, "李某"));
        assertEquals(Set.of("SPOKE"), RolesAt.of(g, m, "王某某"));
    }

    @Test
    void praiseAloneBeforeTheMeetingIsNoSpeech() {
        ArticleGraph g = extract("发布时间:2024-03-28\n\n3月20日,县教育局召开工作会议。局长吴某某主持会议。会前,副县长李某某"
                + "会见了督导组一行。李某某对两部门合作给予充分肯定。");
        assertTrue(RolesAt.of(g, g.meetings().get(0), "李某某").isEmpty(), g.meetings().toString());
    }

    @Test
    void aHeadlinesColumnTagIsNoPartOfTheConvener() {
        ArticleGraph g = extract("【防控】某市市场监管局组织召开疫情防控工作调度会议\n发布时间:2022-06-21\n\n"
                + "6月20日上午,某市市场监管局组织召开疫情防控工作调度会议。市局党组书记、局长张某某主持会议。");
        assertEquals("某市市场监管局", g.meetings().get(0).convenedBy().name());
    }

    @Test
    void thisYearOrOurCityOpeningANameIsNotPartOfIt() {
        ArticleGraph g = extract("发布时间:2020-07-03\n\n6月22日,县法院党组理论学习中心组举行今年第6次集体学习。"
                + "集体学习由院党组书记、院长温某同志主持。");
        MeetingItem m = g.meetings().get(0);
        assertEquals("第6次集体学习", m.name());
        assertEquals(Set.of("CHAIRED"), RolesAt.of(g, m, "温某"));
        ArticleGraph h = extract("发布时间:2020-10-02\n\n10月1日晚,副市长彭某某召开我市安全生产紧急会议。");
        assertEquals("安全生产紧急会议", h.meetings().get(0).name());
    }

    @Test
    void aStudyGroupWrittenTheOtherWayRoundLeavesItsBodyAsConvener() {
        ArticleGraph g = extract("发布时间:2021-07-10\n\n7月8日,某州生态环境局党组理论中心学习组召开学习(扩大)会议。"
                + "党组书记、局长宋某作领学发言。");
        assertEquals("某州生态环境局", g.meetings().get(0).convenedBy().name());
    }

    @Test
    void andJoiningACollectiveTitleToABodyIsNoName() {
        ArticleGraph g = extract("发布时间:2022-08-23\n\n8月22日上午,县市场监管局召开疫情防控工作推进会。副县长梁某某,"
                + "县公安局、县民政局分管领导和市场与冷链监管组全体人员参加会议。");
        assertEquals(List.of("梁某某"), names(g));
    }

    @Test
    void aLaterMeetingNamedOnlyByItsFormIsTheLeadsMeeting() {
        ArticleGraph g = extract("发布时间:2013-03-22\n\n市交通局于3月20日召开全市交通工作座谈会。市局将工作报告预先下发,"
                + "召开会议专题研究2013年交通重点工作的落实措施。市交通局伊某某局长讲话言简意赅。");
        assertEquals(List.of("全市交通工作座谈会"), g.meetings().stream().map(MeetingItem::name).toList());
        assertEquals(Set.of("SPOKE"), RolesAt.of(g, g.meetings().get(0), "伊某某"));
    }

    @Test
    void aMeetingAskedForInADemandSentenceIsNotHeld() {
        ArticleGraph g = extract("发布时间:2024-02-22\n\n2月21日,省应急管理厅召开紧急视频调度会。会议指出,当前正值春运返程高峰。"
                + "要保持高度警惕,及时组织召开专题会议,周密部署安排。会议强调,各地要压实责任,适时召开现场推进会。");
        assertEquals(List.of("紧急视频调度会"), g.meetings().stream().map(MeetingItem::name).toList());
    }

    @Test
    void meetingsNamedInTheMeetingsOwnViewsAreNotHeld() {
        ArticleGraph g = extract("发布时间:2024-04-29\n\n4月28日,县委召开全县乡镇领导班子换届工作动员大会。会议指出,换届选举工作"
                + "大体安排在5至6月份进行,先召开党代会进行换届选举,然后召开人代会进行换届选举。");
        assertEquals(List.of("全县乡镇领导班子换届工作动员大会"), g.meetings().stream().map(MeetingItem::name).toList());
    }

    @Test
    void aRelayingVerbBeforeATitleIsNoPartOfIt() {
        ArticleGraph g = extract("发布时间:2023-07-01\n\n6月30日上午,县政协召开常委会会议。县政协主席洪某某主持会议。"
                + "会议传达学习省委副书记、省长王某在庆调研重要讲话精神。");
        OfficialRef wang = g.officials().stream().filter(o -> o.simplifiedName().equals("王某")).findFirst().orElseThrow();
        assertEquals(List.of("省委副书记", "省长"), wang.titles());
    }

    @Test
    void aSessionNamedWithMeetingAfterItAndAPlenumSharingItsTermAreRelayedByTheirOwnNames() {
        ArticleGraph g = extract("发布时间:2022-07-01\n\n6月30日,县水利局召开党组会议,传达学习省第十二次党代会会议精神和全国“两会”的"
                + "会议精神,传达学习党的十七大和十七届二中、三中全会精神。局长张某主持会议。");
        List<String> relays = g.meetings().get(0).relays().stream().map(RelayRef::meetingName).toList();
        assertEquals(List.of("省第十二次党代会", "全国两会", "党的十七大", "十七届二中全会", "十七届三中全会"), relays);
    }

    @Test
    void aSpanOfMonthsInTheLeadIsNoDateline() {
        ArticleGraph g = extractor.extract(new ArticleInput("6月10日,县政府召开2014年1-5月份财政收入预算执行分析暨综合治税工作会议。"
                + "县长张某某出席会议。", "http://news.example.cn/n/201406/112156.html", null));
        assertEquals(java.time.LocalDate.of(2014, 6, 10), g.meetings().get(0).date());
    }

    @Test
    void latelyWithOnlyTheYearKnownGivesNoMonth() {
        ArticleGraph g = extract("近日,某州生态环境局党组召开学习(扩大)会议,深入学习领悟习近平总书记在庆祝中国共产党成立100周年大会上的"
                + "重要讲话精神。党组书记、局长宋某作领学发言。");
        MeetingItem m = g.meetings().get(0);
        assertEquals(null, m.date());
        assertEquals(MeetingItem.DatePrecision.UNKNOWN, m.datePrecision());
        ArticleGraph h = extract("发布时间:2021-07-10\n\n近日,某州生态环境局党组召开学习(扩大)会议。党组书记、局长宋某作领学发言。");
        assertEquals(java.time.LocalDate.of(2021, 7, 1), h.meetings().get(0).date());
    }

    @Test
    void scopeWordsListedBeforeOneNameShareIt() {
        ArticleGraph g = extract("发布时间:2024-03-01\n\n2月28日上午,县长王某某主持召开县政府党组会议。会议传达学习了全省、全市"
                + "安全生产工作会议精神。");
        List<String> relays = g.meetings().get(0).relays().stream().map(RelayRef::meetingName).toList();
        assertEquals(Set.of("全省安全生产工作会议", "全市安全生产工作会议"), Set.copyOf(relays));
    }

    @Test
    void oneRelayedMeetingWrittenTwoWaysIsOneRelayUnderItsFullestSpelling() {
        ArticleGraph g = extract("发布时间:2022-02-26\n\n2月25日,市住房和建设局召开2022年全市住房和城市建设工作会议。会议按照"
                + "全国住房城乡建设工作会议的部署,全面总结2021年工作。会议传达学习了全国住房和城乡建设工作会议精神。");
        List<String> relays = g.meetings().get(0).relays().stream().map(RelayRef::meetingName).toList();
        assertEquals(List.of("全国住房和城乡建设工作会议"), relays);
    }

    @Test
    void theStateBeforeATitleIsNoName() {
        ArticleGraph g = extract("发布时间:2015-01-14\n\n1月12日,中共中央总书记、国家主席、中央军委主席习近平在北京主持召开座谈会。");
        assertEquals(List.of("习近平"), names(g));
    }

    @Test
    void aDescriptionOfTheGroupAfterNamesClosedByDengIsNoTitle() {
        ArticleGraph g = extract("发布时间:2024-04-29\n\n4月28日,县委召开全县乡镇领导班子换届工作动员大会。县委书记范某某在会上强调,"
                + "要严肃纪律。范某某、马某某、江某某等在家的县四套领导班子成员参加了会议。");
        assertEquals(List.of("县委书记"), g.officials().stream().filter(o -> o.simplifiedName().equals("范某某"))
                .map(OfficialRef::titles).findFirst().orElseThrow());
        OfficialRef ma = g.officials().stream().filter(o -> o.simplifiedName().equals("马某某")).findFirst().orElseThrow();
        assertEquals(List.of(), ma.titles());
        assertEquals(Set.of("ATTENDED"), RolesAt.of(g, g.meetings().get(0), "马某某"));
    }

    @Test
    void whoAttendsBeforeAMeetingsNameIsNoPartOfIt() {
        ArticleGraph g = extract("发布时间:2024-02-21\n\n2月20日,县政府召开由各乡镇和县直部门主要负责人参加的安全生产工作会议。"
                + "县长张某主持会议。");
        assertEquals(List.of("安全生产工作会议"), g.meetings().stream().map(MeetingItem::name).toList());
        ArticleGraph h = extract("发布时间:2024-02-21\n\n2月20日,某县召开县四大家领导参加以及相关部门列席的县委中心组集体学习会。");
        assertEquals(List.of("县委中心组集体学习会"), h.meetings().stream().map(MeetingItem::name).toList());
    }

    @Test
    void aRelayingVerbInsideTheFirstItemStartsTheList() {
        ArticleGraph g = extract("某县卫健委党组召开理论学习中心组(扩大)会议专题学习贯彻党的二十届四中全会精神\n\n"
                + "10月27日下午,某县卫健委召开党组理论学习中心组(扩大)会议。委党组书记、主任张某主持会议。");
        assertEquals(List.of("党的二十届四中全会"), g.meetings().get(0).relays().stream().map(RelayRef::meetingName).toList());
        ArticleGraph h = extract("发布时间:2018-03-27\n\n3月26日,某省水利厅召开干部大会。厅党组书记、厅长胡某传达并主持学习全国两会精神。");
        assertEquals(List.of("全国两会"), h.meetings().get(0).relays().stream().map(RelayRef::meetingName).toList());
    }

    @Test
    void aSpeechAtAClassOnLearningASpiritRelaysNoMeeting() {
        ArticleGraph g = extract("发布时间:2024-11-18\n\n11月18日下午,某区政府召开常务会议,传达学习习近平总书记在省部级主要领导干部"
                + "学习贯彻党的二十届三中全会精神专题研讨班开班式上的重要讲话精神。区长邓某主持会议。");
        assertEquals(List.of(), g.meetings().get(0).relays());
    }

    @Test
    void aClosingSessionWhereARelayedSpeechWasGivenIsNoMeetingOfTheArticle() {
        ArticleGraph g = extract("发布时间:2022-10-28\n\n10月27日上午,某市民政局召开党组会议,传达学习习近平总书记在中国共产党"
                + "第二十次全国代表大会闭幕会上的重要讲话精神。局党组书记、局长汤某主持会议。");
        assertEquals(List.of("某市民政局党组会议"), g.meetings().stream().map(MeetingItem::name).toList());
        assertEquals(java.time.LocalDate.of(2022, 10, 27), g.meetings().get(0).date());
    }

    @Test
    void aBareXianBeforeTheActStillMakesASpeaker() {
        ArticleGraph g = extract("发布时间:2016-09-18\n\n9月6日,县法院召开全院大会。会上,陈某强副院长先传达了全国法院工作会议精神。");
        assertEquals(Set.of("SPOKE"), RolesAt.of(g, g.meetings().get(0), "陈某强"));
    }

    @Test
    void aHeadlinesPartyBranchIsTheLeadsBody() {
        ArticleGraph g = extract("某市民政中心党支部召开 党的二十届三中全会精神专题学习会\n\n8月30日上午,某市民政中心在局二楼会议室召开"
                + "集体学习会议,专题学习党的二十届三中全会精神。中心党支部书记、主任王某主持会议。");
        assertEquals(1, g.meetings().size());
        assertEquals("党的二十届三中全会精神专题学习会", g.meetings().get(0).name());
    }

    @Test
    void aSpeechThatNamesItsThemeFirstIsASpeech() {
        ArticleGraph g = extract("发布时间:2024-03-23\n\n3月22日,某区委中心组(扩大)学习会举行,区委副书记周某主持。学习会上,某社会科学院"
                + "党委书记权某以“深入学习贯彻全国两会精神”为主题,从会议概况、代表团审议情况等方面作了深入解读。");
        assertEquals(Set.of("SPOKE"), RolesAt.of(g, g.meetings().get(0), "权某"));
    }
}
