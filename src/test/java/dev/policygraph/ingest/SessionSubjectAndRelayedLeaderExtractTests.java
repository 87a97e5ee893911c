package dev.policygraph.ingest;

import static dev.policygraph.ingest.Extracted.extract;
import static dev.policygraph.ingest.Extracted.official;
import static dev.policygraph.ingest.Extracted.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Forms the blind-labelled batch t of real articles (county, department, enterprise and university reports) showed
 * missed or misread, each also seen elsewhere in the corpus. Texts written for these tests. Pure, fast.
 */
class SessionSubjectAndRelayedLeaderExtractTests {

    @Test
    void aStandingCommitteeOrPartyGroupThatRelaysWithNoHoldingVerbIsTheMeeting() {
        ArticleGraph g = extract("发布时间:2024-12-24\n\n12月23日上午,校党委常委会学习传达中央经济工作会议精神,"
                + "党委副书记、校长罗某某主持学习传达并讲话。");
        MeetingItem m = only(g);
        assertEquals("校党委常委会", m.name());
        assertEquals("校党委", m.convenedBy().name());
        assertEquals(Set.of("CHAIRED", "SPOKE"), RolesAt.of(g, m, "罗某某"));
        assertEquals(List.of("中央经济工作会议"), m.relays().stream().map(RelayRef::meetingName).toList());
        ArticleGraph h = extract("发布时间:2024-12-24\n\n12月23日上午,市局党组会议学习贯彻中央经济工作会议精神,"
                + "党组书记、局长罗某某主持会议。");
        assertEquals("市局党组会议", only(h).name());
    }

    @Test
    void aLeaderWhoseSpeechIsRelayedIsAnOfficialWhoSpokeElsewhere() {
        ArticleGraph g = extract("发布时间:2020-07-27\n\n7月27日,某镇召开周一例会。会议重点传达了县委书记崔某某的讲话要求,"
                + "崔某某指出,要时刻绷紧思想之弦。");
        assertEquals(List.of("县委书记"), official(g, "崔某某").titles());
        assertTrue(RolesAt.of(g, only(g), "崔某某").isEmpty(), g.meetings().toString());
    }

    @Test
    void answeringReportersAtAPressConferenceIsSpeaking() {
        ArticleGraph g = extract("发布时间:2021-01-19\n\n1月19日,省统计局召开新闻发布会。省统计局局长肖某某、某调查总队副总队长"
                + "王某某出席发布会。\n会上,肖某某局长、王某某副总队长就2020年全省经济运行特点回答了媒体记者的提问。");
        MeetingItem m = only(g);
        assertEquals(Set.of("ATTENDED", "SPOKE"), RolesAt.of(g, m, "肖某某"));
        assertEquals(Set.of("ATTENDED", "SPOKE"), RolesAt.of(g, m, "王某某"));
    }

    @Test
    void aUnitBeforeItsHeadsTitleIsNoName() {
        ArticleGraph g = extract("发布时间:2020-07-27\n\n7月27日,某镇召开周一例会。县人大常委会副主任苗某某、镇班子成员、"
                + "包村站所长和各村书记参加会议。");
        assertFalse(g.officials().stream().anyMatch(o -> o.simplifiedName().equals("包村站")), g.officials().toString());
    }

    @Test
    void meetingsSpokenOfTogetherAreNoRelay() {
        ArticleGraph g = extract("发布时间:2021-12-20\n\n12月20日,为深入落实近期市委、市政府系列重要会议精神,市住建局召开局党组会议,"
                + "传达学习全省住房城乡建设工作会议精神。");
        assertEquals(List.of("全省住房城乡建设工作会议"),
                only(g).relays().stream().map(RelayRef::meetingName).toList());
    }

    @Test
    void anEnterprisesBoardTitlesMakeOfficials() {
        ArticleGraph g = extract("发布时间:2023-10-25\n\n10月25日,某集团召开安全生产工作会议。集团党委书记、董事长漆某,"
                + "总经理助理、某置业公司执行董事赖某某及集团各部门负责人参加会议。");
        assertEquals(List.of("总经理助理", "某置业公司执行董事"), official(g, "赖某某").titles());
    }

    @Test
    void aPlenumWrittenInFullDatesAMeetingThatNamesNoYear() {
        ArticleGraph g = extract("7月22日,某县林业局召开干部职工大会,传达学习《中国共产党第二十届中央委员会第三次全体会议公报》。"
                + "局长李某某主持会议。");
        assertEquals(java.time.LocalDate.of(2024, 7, 22), only(g).date());
    }

    @Test
    void theAuthorOfASpeechOrReportReadOutIsNoSpeakerHere() {
        ArticleGraph g = extract("发布时间:2006-06-02\n\n6月1日,市科协召开传达中国科协“七大”精神会议。会上由市科协副主席王某某向与会代表"
                + "全文宣读了曾某某同志的重要讲话和周某某主席代表中国科协第六届全国委员会所作的工作报告。");
        MeetingItem m = only(g);
        assertEquals(Set.of("SPOKE"), RolesAt.of(g, m, "王某某"));
        assertTrue(RolesAt.of(g, m, "周某某").isEmpty(), g.meetings().toString());
        ArticleGraph h = extract("发布时间:2022-03-11\n\n3月10日,某市人民检察院召开党组会,专题学习传达了第十三届全国人民代表大会上"
                + "张某检察长所作的《最高人民检察院工作报告》。市院党组书记、检察长柳某某主持会议并讲话。");
        assertTrue(RolesAt.of(h, only(h), "张某").isEmpty(), h.meetings().toString());
    }

    @Test
    void aDeputyToACongressIsATitle() {
        ArticleGraph g = extract("发布时间:2020-06-19\n\n6月18日上午,市生态环境局召开党组理论学习中心组(扩大)学习会,邀请全国人大代表、"
                + "市工商联主席寿某某同志传达全国“两会”精神。");
        assertEquals(List.of("全国人大代表", "市工商联主席"), official(g, "寿某某").titles());
    }

    @Test
    void titlesAfterTheNameAndActsThatEndIt() {
        ArticleGraph g = extract("发布时间:2016-09-18\n\n9月6日,某中院召开全院大会。会上,陈某某副院长传达了霍某常务副院长的总结讲话精神。"
                + "会议还传达了甘某某副省长调研全省公路工作座谈会精神。李某某总工出席会议。");
        assertEquals(List.of("常务副院长"), official(g, "霍某").titles());
        assertEquals(List.of("副省长"), official(g, "甘某某").titles());
        assertEquals(List.of("总工"), official(g, "李某某").titles());
    }

    @Test
    void aRelayNamedBeforeOtherPapersAndAVerbBeforeAPlenumAreCut() {
        ArticleGraph g = extract("发布时间:2019-07-30\n\n7月29日,厅长汪某主持召开2019年第20次厅党组会议。会议传达学习了中央全面深化改革委员会"
                + "第九次会议等重要会议重要文件精神,研究我厅贯彻落实意见。");
        assertEquals(List.of("中央全面深化改革委员会第九次会议"), only(g).relays().stream().map(RelayRef::meetingName).toList());
        ArticleGraph h = extract("发布时间:2018-07-02\n\n7月2日,省农业厅召开党组会议,传达学习省委十一届三次全会精神。会议要求,一是继续"
                + "组织干部职工深入学习领会、准确把握全会精神。");
        assertEquals(List.of("省委十一届三次全会"), only(h).relays().stream().map(RelayRef::meetingName).toList());
    }

    @Test
    void theTopicAfterJiuIsNoPartOfTheConvenerOrATitle() {
        ArticleGraph g = extract("发布时间:2021-08-18\n\n8月17日,某区纪委监委就某镇原党委书记刘晓某违纪违法案件召开警示教育大会。");
        assertEquals("某区纪委监委", only(g).convenedBy().name());
        ArticleGraph h = extract("发布时间:2021-08-18\n\n8月17日,某区纪委监委召开警示教育大会。区纪委监委就某镇原党委书记刘晓某、"
                + "原镇长袁景某违纪违法案件作了通报。");
        assertEquals(List.of("某镇原党委书记"), official(h, "刘晓某").titles());
    }

    @Test
    void aQuotedThemeWithACommaOpensTheMeetingsName() {
        ArticleGraph g = extract("发布时间:2021-11-12\n\n11月11日,“大力培育外贸企业,助力提升我省经济外向度”专题民主监督协商座谈会在省商务厅"
                + "召开。省政协副主席张某某出席会议并讲话。");
        assertEquals("“大力培育外贸企业,助力提升我省经济外向度”专题民主监督协商座谈会", only(g).name());
    }

    @Test
    void namedSpeakersListedBeforeUnnamedOnesShareTheirAct() {
        ArticleGraph g = extract("发布时间:2021-12-23\n\n12月22日,市委召开座谈会。座谈会上,民革市委会主委刘某某、市工商联主席黄启某,"
                + "以及石岐街道、西区街道负责同志分别发言。");
        MeetingItem m = only(g);
        assertEquals(Set.of("SPOKE"), RolesAt.of(g, m, "刘某某"));
        assertEquals(Set.of("SPOKE"), RolesAt.of(g, m, "黄启某"));
    }

    @Test
    void relayingWordForWordOrAfterAttendingIsSpeaking() {
        ArticleGraph g = extract("发布时间:2018-05-16\n\n5月16日,某镇委召开会议。会上,镇委书记沈某某原原本本传达了省委七届四次全会决议。");
        assertEquals(Set.of("SPOKE"), RolesAt.of(g, only(g), "沈某某"));
        ArticleGraph h = extract("发布时间:2021-02-25\n\n2月25日,全省卫生健康工作会议召开。省政府副秘书长祁某某出席会议并传达任某某省长批示,"
                + "省卫生健康委主任郭某某作工作报告。");
        assertEquals(Set.of("ATTENDED", "SPOKE"), RolesAt.of(h, only(h), "祁某某"));
    }

    @Test
    void membersWhoExchangeViewsWithTheHostsSpoke() {
        ArticleGraph g = extract("发布时间:2021-11-12\n\n11月11日,省政协召开专题协商座谈会。会上,省政协委员谭某某、陈某、王辉某等与省商务厅"
                + "相关负责同志进行了互动交流。");
        MeetingItem m = only(g);
        assertEquals(Set.of("SPOKE"), RolesAt.of(g, m, "谭某某"));
        assertEquals(Set.of("SPOKE"), RolesAt.of(g, m, "王辉某"));
    }

    @Test
    void aSpiritAskedOfOthersIsNoRelay() {
        ArticleGraph g = extract("发布时间:2012-01-21\n\n1月20日,县教育局召开全县教育工作会议,传达学习全市教育工作会议精神。县长叶某某出席会议并讲话。"
                + "他要求全县广大干部群众,进一步全面贯彻落实县第十四次党代会精神。");
        assertEquals(List.of("全市教育工作会议"), only(g).relays().stream().map(RelayRef::meetingName).toList());
        ArticleGraph h = extract("发布时间:2018-07-26\n\n7月25日,省妇联召开执委会议,传达学习全国妇联十二届二次执委会议精神。会议希望全省各级妇联组织"
                + "深入学习贯彻省委十四届三次全会精神。");
        assertEquals(List.of("全国妇联十二届二次执委会议"), only(h).relays().stream().map(RelayRef::meetingName).toList());
    }

    @Test
    void aMeetingInAClauseThatContinuesAPlanIsNotReported() {
        ArticleGraph g = extract("发布时间:2017-12-25\n\n12月23日,全国体育局长会议在北京召开。国家体育总局副局长赵某主持会议。本次会议为期两天。"
                + "24日下午将进行会议总结和年度表彰,召开中华全国体育总会九届五次常委会会议。");
        assertEquals(List.of("全国体育局长会议"), g.meetings().stream().map(MeetingItem::name).toList());
    }

    @Test
    void aNationalLeaderNamedBeforeTheTitleIsAnOfficialWhateverFollows() {
        ArticleGraph g = extract("8月24日下午,市公安局召开关工委成员会议,传达学习习近平总书记关心下一代工作重要指示批示。"
                + "局长王某主持会议。");
        assertEquals(List.of("总书记"), official(g, "习近平").titles());

        // a body before the title is no name: 国务院副总理张德江 gives one official
        ArticleGraph h = extract("1月15日,全国交通运输工作会议召开。中共中央政治局委员、国务院副总理张德江出席会议并作重要讲话。");
        assertEquals(List.of("张德江"), h.officials().stream().map(OfficialRef::name).toList());
    }
}
