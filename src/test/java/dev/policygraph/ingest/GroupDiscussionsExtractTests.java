package dev.policygraph.ingest;

import static dev.policygraph.ingest.Extracted.extract;
import static dev.policygraph.ingest.Extracted.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * A congress's or CPPCC's session meets in groups (分组讨论, 分组审议), which batch av's real articles report as meetings
 * of their own: named after the session, attended by the leaders who join a group. Texts written for these tests.
 */
class GroupDiscussionsExtractTests {

    @Test
    void aSessionDiscussingInGroupsIsAMeetingNamedAfterTheSession() {
        ArticleGraph g = extract("发布时间:2020-01-14\n本报13日讯 13日下午,省政协十二届三次会议分组讨论政府工作报告。省委副书记陈某波来到民革、民盟联组,"
                + "听取委员意见。\n甲某、乙某某等委员先后发言。\n省政协副主席郝某龙参加讨论。");
        MeetingItem m = only(g);
        assertEquals("省政协十二届三次会议分组讨论", m.name());
        assertEquals(LocalDate.of(2020, 1, 13), m.date());
        RolesAt.assertEach(g, m, Set.of("ATTENDED"), "陈某波", "郝某龙");
    }

    @Test
    void membersOfASessionDiscussingAreItsGroupsAndWhoJoinsThemAttends() {
        ArticleGraph g = extract("发布时间:2017-02-22\n2月21日下午,出席县政协十届二次会议的农业界政协委员在多功能会议室展开讨论。县长廖某德参加讨论。");
        MeetingItem m = only(g);
        assertEquals("县政协十届二次会议分组讨论", m.name());
        assertEquals(LocalDate.of(2017, 2, 21), m.date());
        assertEquals(Set.of("ATTENDED"), RolesAt.of(g, m, "廖某德"));

        ArticleGraph split = extract("发布时间:2016-11-28\n11月27日下午,参加政协某县十三届委员会第一次会议县直机关的委员们分成六组,在各部门会议室进行了分组讨论,"
                + "县领导刘某成、杨某红等参与各自小组讨论。");
        MeetingItem s = only(split);
        assertEquals("政协某县十三届委员会第一次会议分组讨论", s.name());
        RolesAt.assertEach(split, s, Set.of("ATTENDED"), "刘某成", "杨某红");
    }

    @Test
    void aSessionsGroupSittingIsNamedAfterItAndTheCongressKeepsItsSessionNumber() {
        ArticleGraph g = extract("发布时间:2021-12-29\n12月28日下午,縣政協十一屆一次會議召開分組會議,委員們分成11個討論組展開討論。");
        assertEquals("縣政協十一屆一次會議分組會議", only(g).name());
        ArticleGraph npc = extract("发布时间:2013-03-01\n2月28日,參加縣第十六屆人民代表大會第二次會議的人大代表分團討論《政府工作報告》。");
        assertEquals("縣第十六屆人民代表大會第二次會議分團討論", only(npc).name());
    }

    @Test
    void aPlenaryHearingOrGroupsStillToComeAreNoGroupMeeting() {
        ArticleGraph heard = extract("发布时间:2008-01-24\n出席市政协十一届二次会议的委员们认真听取并讨论了常委会工作报告。");
        assertTrue(heard.meetings().stream().noneMatch(m -> m.name().contains("讨论")), heard.meetings().toString());
        ArticleGraph planned = extract("发布时间:2019-01-20\n参加县十八届人大五次会议的代表们将于明天分组审议政府工作报告。");
        assertTrue(planned.meetings().isEmpty(), planned.meetings().toString());
    }

    @Test
    void leadersJoiningADelegationsReviewAttendItAndWhatTheyHopeIsSaid() {
        ArticleGraph g = extract("4月11日下午,县人大常委会主任薛某平,县委常委、纪委书记王某华来到第八代表团,与代表们一起审议政府工作报告,"
                + "聆听代表心声。");
        MeetingItem m = only(g);
        assertEquals("第八代表团审议", m.name());
        RolesAt.assertEach(g, m, Set.of("ATTENDED"), "薛某平", "王某华");
    }

    @Test
    void aCongresssDelegationsAndTheCppccsGroupsJoinedTheSameDayAreTwoMeetings() {
        ArticleGraph g = extract("发布时间:2024-02-26\n2月25日下午,副县长冯某、张某乐分别参加莲花湖代表团、车站代表团审议。"
                + "冯某、张某乐希望代表们积极履职尽责。\n县政协副主席万某琴、张某阳分别参加政协农林组、社科组讨论。"
                + "万某琴、张某阳希望委员们积极建言献策。");
        assertEquals(List.of("代表团审议", "政协分组讨论"), g.meetings().stream().map(MeetingItem::name).toList());
        RolesAt.assertEach(g, g.meetings().get(0), Set.of("ATTENDED", "SPOKE"), "冯某", "张某乐");
        RolesAt.assertEach(g, g.meetings().get(1), Set.of("ATTENDED", "SPOKE"), "万某琴", "张某阳");
    }

    @Test
    void aDelegationReviewToldAsBackgroundOrAsWhereASpeechWasGivenIsNoMeeting() {
        ArticleGraph g = extract("发布时间:2022-03-18\n3月18日,市审计局召开党组会议,传达学习全国两会精神。局长伍某强主持会议。"
                + "会议指出,会议期间,习近平总书记参加内蒙古代表团审议,发表重要讲话。");
        assertEquals("市审计局党组会议", only(g).name());
        ArticleGraph speech = extract("发布时间:2024-03-15\n3月14日,某厅召开党组会议,传达学习习近平总书记参加江苏代表团审议时的重要讲话精神。");
        assertEquals(1, speech.meetings().size(), speech.meetings().toString());
    }

    @Test
    void aSittingNamedByItsKindIsTheSessionsAndItsChairChairs() {
        ArticleGraph g = extract("发布时间:2024-04-08\n4月7日,政协第十届某县委员会第四次会议举行议政大会。县长牛某福出席会议并讲话,"
                + "大会执行主席李某萍、张某宏在主席台前排就座,张某宏主持会议。");
        MeetingItem m = only(g);
        assertEquals("政协第十届某县委员会第四次会议议政大会", m.name());
        assertEquals(Set.of("CHAIRED"), RolesAt.of(g, m, "张某宏"));
    }
}
