package dev.policygraph.ingest;

import static dev.policygraph.ingest.Extracted.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/**
 * Forms the blind-labelled batches z and aa of real articles (a city's monthly chronicle, Taiwanese county meetings,
 * study sessions of companies and hospitals, a discipline committee's plenary) showed missed or misread. Texts written
 * for these tests. Pure, fast.
 */
class ChronicleAndTaiwanFormsExtractTests {

    @Test
    void aChroniclesEntriesAreOfTheMonthItsTitleNamesNotOfTheYearItWasPosted() {
        ArticleGraph g = extract("2019年1月大事记(杂志版)\n发布日期:2020-01-31 18:23:54\n"
                + "1月2日,市委十三届六次全体(扩大)会议暨全市经济工作会议召开。市委书记马某主持会议并讲话。\n"
                + "1月3日,市长江大保护工作领导小组暨长江经济带绿色发展示范工作推进会召开。\n");
        assertEquals(2, g.meetings().size(), g.meetings().toString());
        assertEquals(LocalDate.of(2019, 1, 2), g.meetings().get(0).date());
        assertEquals(LocalDate.of(2019, 1, 3), g.meetings().get(1).date());
    }

    @Test
    void aMeetingHeldAtAnHourInARoomIsHeldAndItsChairIsNoPreposition() {
        ArticleGraph g = extract("發布日期:2014-04-21\n縣府第834次縣務會議21日上午8時30分於第3會議室召開,由王縣長主持,審議多項議案。");
        MeetingItem m = Extracted.only(g);
        assertEquals(LocalDate.of(2014, 4, 21), m.date());
        assertFalse(g.officials().stream().anyMatch(o -> o.simplifiedName().equals("由王")), g.officials().toString());
    }

    @Test
    void todayAndYesterdayWithTheirDayWrittenInDateTheMeetingAndKeepItsConvener() {
        MeetingItem today = Extracted.only(extract("發布日期:2025-03-05\n某市政府今（5）日召開市務會議，市長陳某某主持。"));
        assertEquals(LocalDate.of(2025, 3, 5), today.date());
        assertEquals("某市政府", today.convenedBy().name());
        MeetingItem yesterday = Extracted.only(extract("發布日期:2025-03-05\n某市政府昨（4）日召開市務會議，市長陳某某主持。"));
        assertEquals(LocalDate.of(2025, 3, 4), yesterday.date());
        assertEquals("某市政府", yesterday.convenedBy().name());
    }

    @Test
    void aChairWhoseDayIsWrittenIntoTodayHoldsTheMeetingAndWhoExplainsSpeaks() {
        ArticleGraph g = extract("發布日期:2025-03-07\n縣長王某明今(7)日主持縣務會議,研究防汛整備工作。");
        MeetingItem m = Extracted.only(g);
        assertEquals(LocalDate.of(2025, 3, 7), m.date());
        assertEquals(java.util.Set.of("CHAIRED"), RolesAt.of(g, m, "王某明"));
        ArticleGraph press = extract("發布日期:2025-03-07\n市政府今天上午召開記者會,由副市長林某成說明防疫措施。");
        assertEquals(java.util.Set.of("SPOKE"), RolesAt.of(press, Extracted.only(press), "林某成"));
        ArticleGraph cabinet = extract("發布日期:2025-03-07\n某院今(7)日召開院會,院長卓某泰在會中指示各部會落實節能政策。");
        assertEquals(java.util.Set.of("SPOKE"), RolesAt.of(cabinet, Extracted.only(cabinet), "卓某泰"));
        // an instruction followed from elsewhere is no speech at this meeting
        ArticleGraph followed = extract("3月5日,某县召开防汛工作会议,按照市长张某强指示要求部署工作。县长李某明主持会议。");
        assertTrue(RolesAt.of(followed, Extracted.only(followed), "张某强").isEmpty());
    }

    @Test
    void titleGroupsThatShareAnExchangeOfViewsEachSpoke() {
        ArticleGraph g = extract("发布时间:2022-11-16\n\n11月15日,某集团召开党委理论学习中心组(扩大)会议。集团党委委员、纪委书记沈某,"
                + "党委委员、副总经理楼某正,副总经理邵某国交流发言。");
        MeetingItem m = Extracted.only(g);
        for (String name : java.util.List.of("沈某", "楼某正", "邵某国")) {
            assertEquals(java.util.Set.of("SPOKE"), RolesAt.of(g, m, name), name);
        }
    }

    @Test
    void membersListedBeforeTheBodyTheyMakeUpAttend() {
        ArticleGraph g = extract("4月1日,某县县长吴某臣主持召开县人民政府第二十八次常务会议,何某银、安青、何某亮等县人民政府常务会议组成人员参加。");
        MeetingItem m = Extracted.only(g);
        assertEquals(java.util.Set.of("ATTENDED"), RolesAt.of(g, m, "何某亮"));
        assertEquals(java.util.List.of("县人民政府常务会议组成人员"), Extracted.official(g, "何某亮").titles());
    }

    @Test
    void aTaiwaneseYearOfTheRepublicIsReadAsItsWesternYear() {
        ArticleGraph g = extract("【本報訊】114年4月25日,連江縣政府召開第11次主管會報,縣長王某銘主持。");
        assertEquals(LocalDate.of(2025, 4, 25), Extracted.only(g).date());
    }

    @Test
    void anUntitledComradeAfterHisOfficeWhoExplainsADocumentSpoke() {
        ArticleGraph g = extract("发布时间:2021-06-26\n\n6月25日,学校纪委召开全体会议。\n会上,纪委办曹斯曼同志对《意见》进行了解读。");
        assertEquals(java.util.Set.of("SPOKE"), RolesAt.of(g, Extracted.only(g), "曹斯曼"));
    }

    @Test
    void aThemeThatEndsLikeAFormIsNoSecondMeeting() {
        ArticleGraph g = extract("3月29日,某区政协主席吕某海主持召开社会和民生保障重大项目专班工作推进会,研究通过了工作规则。");
        assertEquals("社会和民生保障重大项目专班工作推进会", Extracted.only(g).name());
    }

    @Test
    void anOfficeBeforeItsHeadsTitleIsNoName() {
        ArticleGraph g = extract("2018年6月1日,某市司法局召开全面深化司法行政改革工作会议。某市委政法委副书记、司法部司改办副主任出席会议并作了重要讲话。");
        assertFalse(g.officials().stream().anyMatch(o -> o.simplifiedName().equals("司改办")), g.officials().toString());
    }

    @Test
    void assistantsToTheHeadWhoJoinTheStudyAttend() {
        ArticleGraph g = extract("发布时间:2022-07-01\n\n6月30日下午,总医院党委召开6月份理论学习中心组扩大学习会,院领导王某江、高某,"
                + "院长助理董某军、冯某,各党支部书记以及重点科室负责人等参加集体学习研讨。党委书记张某主持会议并讲话。");
        MeetingItem m = Extracted.only(g);
        assertEquals(java.util.Set.of("ATTENDED"), RolesAt.of(g, m, "冯某"));
        assertEquals(java.util.List.of("院长助理"), Extracted.official(g, "冯某").titles());
    }

    @Test
    void aLeaderPresentWhoseInstructionIsAlsoRelayedKeepsHisRoles() {
        ArticleGraph g = extract("3月1日上午,某县公安局召开全县公安工作会议。县委副书记张某出席会议并讲话,会议由局党委副书记宋某阁同志主持。\n"
                + "会议传达学习了全省公安局长会议精神以及张某同志批示要求。");
        assertEquals(java.util.Set.of("ATTENDED", "SPOKE"), RolesAt.of(g, Extracted.only(g), "张某"));
    }

    @Test
    void aSpeakerOnBehalfOfHisCommitteeWhoDrawsOnPracticeSpoke() {
        ArticleGraph g = extract("10月31日下午,某院党委理论中心组举行集体学习会议。\n随后,医院党委书记、理事长孙某印代表院党委结合医院实际提出三点要求。");
        assertEquals(java.util.Set.of("SPOKE"), RolesAt.of(g, Extracted.only(g), "孙某印"));
    }

    @Test
    void aDeputyWithARareSurnameChairs() {
        ArticleGraph g = extract("2月2日,某县法院召开2015年度部门述职大会。院党组成员、副院长户琳主持会议,全院干警参加会议。");
        assertEquals(java.util.Set.of("CHAIRED"), RolesAt.of(g, Extracted.only(g), "户琳"));

        ArticleGraph h = extract("12月23日,市委统战部召开座谈会。座谈会上,民革市委会主委刘某伟、致公党市委会主委庾江碧分别发言。");
        assertEquals(java.util.Set.of("SPOKE"), RolesAt.of(h, Extracted.only(h), "庾江碧"));
    }

    @Test
    void aLeaderWhoOnlyAttendsAPlaqueCeremonyBesideTheMeetingIsNoAttendee() {
        ArticleGraph g = extract("发布时间:2022-11-03\n\n11月1日至2日,某市机制运行讲评会在道县召开。副市长、公安局长车某华出席会议并讲话。"
                + "道县县委书记李某明出席道县看守所揭牌仪式,县长唐某学作讲评会议致辞。");
        MeetingItem m = Extracted.only(g);
        assertEquals(java.util.Set.of(), RolesAt.of(g, m, "李某明"));
        assertEquals(java.util.Set.of("ATTENDED", "SPOKE"), RolesAt.of(g, m, "车某华"));
    }

    @Test
    void aPartyGroupListOpenedByAUyghurNameAttendsAndAPartyAffairsDeputyIsNoName() {
        ArticleGraph g = extract("发布时间:2015-07-28\n\n7月27日,国土资源部党组召开会议。部党组成员库热西、汪某、王某元出席会议。");
        assertEquals(java.util.Set.of("ATTENDED"), RolesAt.of(g, Extracted.only(g), "库热西"));
        ArticleGraph h = extract("1月28日,我县召开村(社区)党组织书记迎春座谈会。全县13个乡镇党委书记、党务副书记参加了会议。");
        assertFalse(h.officials().stream().anyMatch(o -> o.simplifiedName().equals("党务")), h.officials().toString());
    }
}
