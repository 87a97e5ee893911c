package dev.policygraph.ingest;

import static dev.policygraph.ingest.Extracted.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Roles told in forms read in real meeting reports nobody had labelled (round 21, speakers and chairs recall). Texts
 * written for these tests. Pure, fast.
 */
class UnlabelledRoleFormsExtractTests {

    @Test
    void aSpeechDeliveredWithFabiaoMakesASpeaker() {
        ArticleGraph g = extract("发布时间:2018-04-04\n\n4月3日下午,某市水利局召开水土保持工作会议。副局长陆某某发表重要讲话,"
                + "水保科科长蒲某某作了工作报告。");
        MeetingItem m = g.meetings().get(0);
        assertEquals(Set.of("SPOKE"), RolesAt.of(g, m, "陆某某"));
        ArticleGraph relayed = extract("发布时间:2018-04-04\n\n4月3日下午,某市水利局召开党组会议,传达学习了市委书记韩某某发表的重要讲话精神。"
                + "局长罗某某主持会议。");
        assertTrue(RolesAt.of(relayed, relayed.meetings().get(0), "韩某某").isEmpty());
    }

    @Test
    void aSectionHeadIsATitle() {
        ArticleGraph g = extract("发布时间:2018-04-04\n\n4月3日下午,某市水利局召开水土保持工作会议。副局长陆某某主持会议,"
                + "水保科科长蒲某某作了工作报告。");
        assertEquals(Set.of("SPOKE"), RolesAt.of(g, g.meetings().get(0), "蒲某某"));
        assertEquals(List.of("水保科科长"), g.officials().stream().filter(o -> o.simplifiedName().equals("蒲某某"))
                .map(OfficialRef::titles).findFirst().orElseThrow());
    }

    @Test
    void aChiefEngineerNamedBeforeHisTitleChairs() {
        ArticleGraph g = extract("发布时间:2018-04-04\n\n4月3日下午,某市水利局召开水土保持工作会议。刘某某总工程师主持会议。");
        assertEquals(Set.of("CHAIRED"), RolesAt.of(g, g.meetings().get(0), "刘某某"));
    }

    @Test
    void aSpeakerWhoTalksFromSeveralAspectsKeepsHisName() {
        ArticleGraph g = extract("发布时间:2023-02-09\n\n2月8日,某县卫生健康工作会议召开。县委常委童某主持会议并讲话。副县长黄某从提升站位、"
                + "直面问题;把握方向、聚焦重点等三个方面对今年的卫生健康工作进行了强调部署。");
        assertEquals(Set.of("SPOKE"), RolesAt.of(g, g.meetings().get(0), "黄某"));
        assertFalse(g.officials().stream().anyMatch(o -> o.simplifiedName().equals("黄某从")), g.officials().toString());
    }

    @Test
    void aChairWhoAlsoTellsWhatHeLearntSpoke() {
        ArticleGraph g = extract("发布时间:2025-07-31\n\n7月31日,某省政协党组理论学习中心组召开专题学习会。省政协党组成员、秘书长马某"
                + "主持会议并谈认识体会。");
        assertEquals(Set.of("CHAIRED", "SPOKE"), RolesAt.of(g, g.meetings().get(0), "马某"));
    }

    @Test
    void praiseThenAViewIsASpeech() {
        ArticleGraph g = extract("发布时间:2023-10-15\n\n10月14日,某市水利局党组书记、局长刘某某带队到某县调研水利工作并召开座谈会。\n"
                + "刘某某高度肯定了该县水利工作取得的成绩,并指出:水利工作与人民群众福祉息息相关。");
        assertTrue(RolesAt.of(g, g.meetings().get(0), "刘某某").contains("SPOKE"));
    }

    @Test
    void whoTakePartInAFieldVisitsMeetingAttend() {
        ArticleGraph g = extract("发布时间:2023-10-15\n\n10月14日,某市水利局党组书记、局长刘某某带队到某县调研水利工作并召开座谈会。"
                + "市水利局党组成员、副局长王某某,某县水利局党组书记、局长刘某参加调研座谈会。");
        MeetingItem m = g.meetings().get(0);
        assertEquals(Set.of("ATTENDED"), RolesAt.of(g, m, "王某某"));
        assertEquals(Set.of("ATTENDED"), RolesAt.of(g, m, "刘某"));
    }

    @Test
    void aSpeechAfterHearingTheReportsIsASpeech() {
        ArticleGraph g = extract("发布时间:2011-12-20\n\n12月12日,市委副书记、市长李某某主持召开全市农业工作座谈会。市委常委、副市长孙某某出席会议。\n"
                + "座谈会上,各部门负责人分别进行了发言。\n孙某某在听取汇报后强调,要坚持农业主线不动摇。");
        assertEquals(Set.of("ATTENDED", "SPOKE"), RolesAt.of(g, g.meetings().get(0), "孙某某"));
    }

    @Test
    void whoAttendedThisMeetingAreListedAfterIt() {
        ArticleGraph g = extract("发布时间:2014-08-08\n\n8月7日,市供销社召开领导班子专题民主生活会。出席这次会议的领导有:市委第八督导组副组长李某某同志,"
                + "市委第八督导组成员王某某同志。市社党委书记、主任孙某某同志主持会议。");
        MeetingItem m = g.meetings().get(0);
        assertEquals(Set.of("ATTENDED"), RolesAt.of(g, m, "李某某"));
        assertEquals(Set.of("ATTENDED"), RolesAt.of(g, m, "王某某"));
    }

    @Test
    void anAdverbOfOrderIsNoPartOfATitle() {
        ArticleGraph g = extract("发布时间:2021-01-22\n\n1月21日,某局推广中心支部召开组织生活会。党员同志们联系工作实际进行发言。\n"
                + "最后局党委委员、副局长张某同志对各位同志的对照检查发言作了点评。");
        assertEquals(List.of("局党委委员", "副局长"), g.officials().stream().filter(o -> o.simplifiedName().equals("张某"))
                .map(OfficialRef::titles).findFirst().orElseThrow());
    }

    @Test
    void whoHeadsAUnitWithoutAChiefsTitleChairs() {
        ArticleGraph g = extract("发布时间:2024-09-21\n\n9月20日下午,机关第二党总支召开9月份理论学习中心组学习会议,中心组全体成员参加会议。"
                + "会议由党总支负责人姬某某主持。\n会上,姬某某领学了《决定》等内容。");
        assertEquals(Set.of("CHAIRED", "SPOKE"), RolesAt.of(g, g.meetings().get(0), "姬某某"));
    }

    @Test
    void whoWelcomesTheDelegatesAttendingSpeaksButIsNoAttendeeByIt() {
        ArticleGraph g = extract("发布时间:2014-12-02\n\n11月28日,某水文学组2014年年会在安顺召开。会议由某局党委副书记、纪委书记朱某某主持。\n"
                + "会上,某局党委副书记、局长高某某代表省局党委对前来参加会议的代表们表示热烈欢迎,并就政治思想工作情况作了介绍。");
        assertEquals(Set.of("SPOKE"), RolesAt.of(g, g.meetings().get(0), "高某某"));
    }

    @Test
    void titleGroupsTooLongToReadWholeStillShareTheVerbAtTheEnd() {
        ArticleGraph g = extract("发布时间:2016-05-21\n\n5月20日上午,某自治区政协常委会议举行全体会议,自治区政协主席甲某某主持会议。\n"
                + "自治区政协常委、某党派区委会主委牛某某,自治区政协民族宗教社会法制委员会主任赵某,"
                + "自治区政协港澳台侨和外事委员会主任贾某某在大会上发言。");
        MeetingItem m = g.meetings().get(0);
        assertEquals(Set.of("SPOKE"), RolesAt.of(g, m, "牛某某"));
        assertEquals(Set.of("SPOKE"), RolesAt.of(g, m, "赵某"));
        assertEquals(Set.of("SPOKE"), RolesAt.of(g, m, "贾某某"));
    }

    @Test
    void aTransliteratedNameMayHaveASixCharacterPart() {
        ArticleGraph g = extract("发布时间:2016-05-21\n\n5月20日上午,某自治区政协常委会议举行全体会议,自治区政协主席甲某某主持会议。"
                + "自治区副主席铁力瓦尔迪·阿不都热西提到会听取发言并讲话。");
        assertEquals(Set.of("ATTENDED", "SPOKE"), RolesAt.of(g, g.meetings().get(0), "铁力瓦尔迪阿不都热西提"));
    }

    @Test
    void aThoroughReviewAfterTheNameIsASpeech() {
        ArticleGraph g = extract("发布时间:2020-04-23\n\n4月22日下午,某县召开全县统计工作会议,县统计局党组书记、局长刘某某主持。\n"
                + "会上,县统计局党组书记、局长刘某某全面总结了2019年工作,安排部署了2020年统计工作主要任务。");
        assertEquals(Set.of("CHAIRED", "SPOKE"), RolesAt.of(g, g.meetings().get(0), "刘某某"));
    }

    @Test
    void aPartyWorkingCommitteeIsNoName() {
        ArticleGraph g = extract("发布时间:2023-01-14\n\n1月11日上午,某区文化和旅游局召开专题会议,传达区委全会精神,会议由局党工委书记、局长刘某某主持,"
                + "全体机关领导干部参加了本次会议。");
        assertFalse(g.officials().stream().anyMatch(o -> o.simplifiedName().startsWith("党工委")), g.officials().toString());
        assertEquals(Set.of("CHAIRED"), RolesAt.of(g, g.meetings().get(0), "刘某某"));
    }

    @Test
    void givingViewsIsASpeech() {
        ArticleGraph g = extract("发布时间:2019-07-06\n\n7月5日,某镇召开第一书记工作座谈会。会议由镇党委副书记王某主持。\n"
                + "最后镇党委书记、镇长米某某讲意见:一是代表党委政府对第一书记的到来表示欢迎。");
        assertEquals(Set.of("SPOKE"), RolesAt.of(g, g.meetings().get(0), "米某某"));
    }

    @Test
    void anInvitedLecturersAcademicRankIsATitle() {
        ArticleGraph g = extract("发布时间:2024-04-24\n\n4月23日,某市自然资源局组织召开学习贯彻全国两会精神宣讲会。"
                + "会议邀请市委党校教研科科长、高级讲师宋某某进行宣讲。");
        assertEquals(Set.of("SPOKE"), RolesAt.of(g, g.meetings().get(0), "宋某某"));
    }

    @Test
    void aVerbWithItsResultBeforeATitleIsNoPartOfIt() {
        ArticleGraph g = extract("发布时间:2021-11-02\n\n11月1日下午,某市自然资源局召开党组(扩大)会议,传达学习贯彻市两会精神。\n"
                + "会议要求,要领会好市委书记朱某某讲话的精神实质。");
        assertEquals(List.of("市委书记"), g.officials().stream().filter(o -> o.simplifiedName().equals("朱某某"))
                .map(OfficialRef::titles).findFirst().orElseThrow());
    }
}
