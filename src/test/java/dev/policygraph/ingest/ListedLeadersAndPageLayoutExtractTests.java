package dev.policygraph.ingest;

import static dev.policygraph.ingest.Extracted.extract;
import static dev.policygraph.ingest.Extracted.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Forms the blind-labelled batch x of real articles (county review meetings, town forums, provincial conferences laid
 * out as list items, subdistrict meetings) showed missed or misread. Texts written for these tests. Pure, fast.
 */
class ListedLeadersAndPageLayoutExtractTests {

    @Test
    void aMeetingHeldInALongNamedRoomIsHeld() {
        ArticleGraph g = extract("2016年1月15日,某县2015年度乡镇党委书记履行党建工作专项述职评议会在集中办公区三号楼三楼五会议室召开。"
                + "会议由县委书记周某主持。");
        MeetingItem m = only(g);
        assertEquals(LocalDate.of(2016, 1, 15), m.date());
        assertEquals(Set.of("CHAIRED"), RolesAt.of(g, m, "周某"));
    }

    @Test
    void aParagraphLaidOutAsAListItemIsBodyNotChrome() {
        ArticleGraph g = extract("2017年全省体育局长会议在成都召开\n\n  • 2017年02月27日 09时48分\n  • 来源: 省体育局\n"
                + "  •   2017年全省体育局长会议于2月24日在成都召开。会议回顾总结2016年全省体育工作,研究部署2017年体育重点任务。"
                + "朱某、蒋某某、温某、程某某等局领导出席了会议。\n");
        MeetingItem m = only(g);
        assertEquals("2017年全省体育局长会议", m.name());
        assertEquals(LocalDate.of(2017, 2, 24), m.date());
        assertEquals(Set.of("ATTENDED"), RolesAt.of(g, m, "程某某"));
    }

    @Test
    void leadersListedBeforeTheirSharedTitleAttendInTheirOwnClause() {
        // the copy doubles its punctuation (,、); the sentence goes on after the attendance clause
        ArticleGraph g = extract("发布时间:2021-03-08\n\n3月7日上午,某镇政府召开座谈会。刘某艺,、刘某铭、罗某明,、罗某等领导参会,,"
                + "镇三家班子成员列席,镇党委书记杨某强主持活动。");
        MeetingItem m = only(g);
        for (String name : List.of("刘某艺", "刘某铭", "罗某明", "罗某")) {
            assertEquals(Set.of("ATTENDED"), RolesAt.of(g, m, name), name);
        }
        assertEquals(Set.of("CHAIRED"), RolesAt.of(g, m, "杨某强"));
    }

    @Test
    void residentsAndTheirCommitteeAreNoNames() {
        ArticleGraph g = extract("发布时间:2018-12-13\n\n12月12日,某街道召开推进会。街道办事处主任王某鸣以及各居民区党总支书记、居委会主任、"
                + "楼组长和居民代表参加了此次会议。");
        assertFalse(g.officials().stream().anyMatch(o -> Set.of("和居民", "居委会").contains(o.simplifiedName())),
                g.officials().toString());
    }

    @Test
    void bareNamesListedBeforeTheirExchangeSpeechesSpoke() {
        ArticleGraph g = extract("发布时间:2021-05-01\n\n4月30日,市委理论学习中心组召开学习会。市委书记张某兵主持会议并讲话。"
                + "田广慈、陈荣、李荣、寇景峨作交流发言。");
        MeetingItem m = only(g);
        for (String name : List.of("田广慈", "陈荣", "李荣", "寇景峨")) {
            assertEquals(Set.of("SPOKE"), RolesAt.of(g, m, name), name);
        }
    }

    @Test
    void aMeetingToldAsHeldYearsBeforeIsBackground() {
        ArticleGraph g = extract("发布时间:2025-11-28\n\n今天上午某局党组召开会议,学习重温了总书记在中央政治局第二十五次集体学习时的重要讲话精神。"
                + "\n2020年11月30日,中央政治局就加强知识产权保护工作举行第二十五次集体学习,总书记发表重要讲话。");
        assertEquals(List.of("某局党组会议"), g.meetings().stream().map(MeetingItem::name).toList());
        ArticleGraph late = extract("发布时间:2025-11-28\n\n2020年11月30日,某局举行第二十五次集体学习,局长王某主持。");
        assertEquals(1, late.meetings().size(), "a report that tells only an old meeting keeps it");
    }

    @Test
    void guestsListedAfterAPressConferencesOpeningAttendWithTheirHonorifics() {
        ArticleGraph g = extract("11月28日,国家某局举行11月例行新闻发布会。出席本次发布会的有:国家某局战略规划司司长梁某新先生,"
                + "运用促进司司长王某章先生,审查业务管理部部长蒋某女士。");
        MeetingItem m = only(g);
        for (String name : List.of("梁某新", "王某章", "蒋某")) {
            assertEquals(Set.of("ATTENDED"), RolesAt.of(g, m, name), name);
        }
    }

    @Test
    void aForumNamedAmongTheMeansOfACampaignIsNoMeeting() {
        ArticleGraph g = extract("本报讯 连日来,某镇全体领导班子成员深入辖区18个行政村,开展系列宣讲活动。宣讲活动每到一处,班子成员都与村干部面对面交流,"
                + "通过召开座谈会、进村入户走访、发放宣传资料等多种形式,详细解读全会精神。");
        assertEquals(List.of(), g.meetings());
    }

    @Test
    void aRareSurnameOpensAListAfterItsTitle() {
        ArticleGraph g = extract("7月30日,某区暑期学习谈心会召开。区委书记黎某参加会议并讲话。区领导庹灿、周某、高某参加。");
        assertEquals(Set.of("ATTENDED"), RolesAt.of(g, only(g), "庹灿"));
    }

    @Test
    void aHeadAndHisUnnamedTeamWhoExchangeViewsSpoke() {
        ArticleGraph g = extract("10月21日讯 近日,某省委台办召开室务会(扩大)会议,专题学习党的二十大报告。某省委台办主任李某红及班子成员交流学习体会,"
                + "并对学习宣传贯彻党的二十大精神作了安排部署。");
        assertEquals(Set.of("SPOKE"), RolesAt.of(g, only(g), "李某红"));
    }

    @Test
    void praiseThenAnAnalysisIsASpeech() {
        ArticleGraph g = extract("3月10日,某市召开全市水利工作会议。\n市水务局党组书记张某顺肯定了过去一年我市水利工作取得的成绩,"
                + "分析了高质量发展面临的主要问题。");
        assertEquals(Set.of("SPOKE"), RolesAt.of(g, only(g), "张某顺"));
    }

    @Test
    void recentMeetingsOfTheProvinceNamedTogetherAreNoRelay() {
        ArticleGraph g = extract("9月20日,省文化和旅游厅党组书记、厅长梅某主持召开2024年第25次党组会议,传达学习习近平总书记近期重要讲话、"
                + "重要指示批示精神和省委、省政府近期重要会议精神。");
        assertEquals(List.of(), only(g).relays());
    }
}
