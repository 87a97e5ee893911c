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
}
