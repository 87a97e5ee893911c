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
 * How reports name who chaired and who attended: leader lists, titles with notes, acts only announced, a meeting
 * that opens today. Texts written for these tests. Pure, fast.
 */
class AttendeeFormsExtractTests {

    @Test
    void aMeetingThatOpensTodayInACityIsReportedWithoutHowLongItLasts() {
        ArticleGraph g = extract("发布时间:2024-05-20\n\n5月20日讯 为期两天的2024年全省水利工作会议今天在省城开幕。"
                + "省水利厅厅长罗某某主持会议。");
        MeetingItem m = only(g);
        assertEquals("2024年全省水利工作会议", m.name());
        assertEquals(LocalDate.of(2024, 5, 20), m.date());
        assertEquals(Set.of("CHAIRED"), RolesAt.of(g, m, "罗某某"));
    }

    @Test
    void aReportGivenUnderItsTitleIsASpeechEvenAcrossALineBreak() {
        ArticleGraph g = extract("1月27日,某分行2026年工作会议在拉萨召开。分行党委书记、行长强某民作题为\n《锚定战略目标 加快提质增效》的工作报告。");
        assertEquals(Set.of("SPOKE"), RolesAt.of(g, only(g), "强某民"));
    }

    @Test
    void aTibetanNameWithNoSurnameAfterItsTitleIsAName() {
        ArticleGraph g = extract("8月27日,区交通运输厅党组书记达娃欧珠主持召开厅党组2025年第10次会议。自治区主席嘎玛泽登出席。");
        MeetingItem m = only(g);
        assertEquals(Set.of("CHAIRED"), RolesAt.of(g, m, "达娃欧珠"));
        assertEquals(Set.of("ATTENDED"), RolesAt.of(g, m, "嘎玛泽登"));
    }

    @Test
    void anOfficialWhoComesToTheMeetingToGuideItAttends() {
        ArticleGraph g = extract("9月10日上午,某社科院党组书记宋某晓主持召开院党组理论学习中心组学习(扩大)会。"
                + "省直机关工委统战部二级调研员沈某华莅会指导。");
        MeetingItem m = only(g);
        assertEquals(Set.of("ATTENDED"), RolesAt.of(g, m, "沈某华"));
    }

    @Test
    void namesWhoseActIsOnlyAnnouncedHaveNoRole() {
        ArticleGraph g = extract("发布时间:2024-05-20\n\n5月20日,全市水利工作会议在市行政中心召开。市长罗某某主持会议。"
                + "下午,甲县水利局局长钱某某、乙县水利局局长孙某某将作交流发言。");
        MeetingItem m = only(g);
        assertEquals(Set.of(), RolesAt.of(g, m, "钱某某"));
        assertEquals(Set.of(), RolesAt.of(g, m, "孙某某"));
    }

    @Test
    void aTitlesNoteInBracketsStaysWithTheTitleAndTheNameAfterItAttends() {
        ArticleGraph g = extract("发布时间:2024-07-02\n\n7月1日,县林业局召开上半年工作总结会议。县林业局党组副书记、"
                + "副局长(主持工作)赖某某、党组成员、总工程师钱某某参加会议。");
        MeetingItem m = only(g);
        assertEquals(Set.of("ATTENDED"), RolesAt.of(g, m, "赖某某"));
        assertEquals(Set.of("ATTENDED"), RolesAt.of(g, m, "钱某某"));
        OfficialRef lai = g.officials().stream().filter(o -> o.simplifiedName().equals("赖某某")).findFirst().orElseThrow();
        assertTrue(lai.titles().contains("副局长(主持工作)"), lai.titles().toString());
    }

    @Test
    void untitledNamesBeforeAnAttendanceVerbAttendWithoutEtc() {
        ArticleGraph g = extract("发布时间:2024-03-02\n\n3月1日,市政协党组召开会议,研究年度工作要点。市政协主席、党组书记邓某某主持会议。\n"
                + "周建国、吴立新出席会议,郑晓东列席会议。");
        MeetingItem m = only(g);
        assertEquals(Set.of("ATTENDED"), RolesAt.of(g, m, "周建国"));
        assertEquals(Set.of("ATTENDED"), RolesAt.of(g, m, "吴立新"));
        assertEquals(Set.of("ATTENDED"), RolesAt.of(g, m, "郑晓东"));
    }

    @Test
    void whoAttendsAfterARelayedMeetingIsToldAgainAttendsTheMeetingReported() {
        ArticleGraph g = extract("发布时间:2024-01-06\n\n1月5日,市文化局党组召开扩大会议,传达学习全省文化工作会议精神。"
                + "局长邓某某主持会议。\n会议指出,省委省政府及时召开全省文化工作会议,部署全年工作。\n"
                + "副局长钱某某、孙某某出席会议。");
        MeetingItem m = only(g);
        assertEquals(Set.of("ATTENDED"), RolesAt.of(g, m, "钱某某"));
        assertEquals(Set.of("ATTENDED"), RolesAt.of(g, m, "孙某某"));
    }

    @Test
    void aLongHeadlineBeforeThePagesCounterLinesIsNotYetTheBody() {
        ArticleGraph g = extract("市林业局召开全市林业系统安全生产工作会议暨市森林防灭火指挥部2024年度第一次全体成员会议\n\n"
                + "浏览次数: 信息来源: 市林业局 发布时间:2024-03-19 09:48\n字号: 下载 打印 收藏\n\n"
                + "3月18日,全市林业系统安全生产工作会议暨市森林防灭火指挥部2024年度第一次全体成员会议召开,"
                + "副市长罗某某出席并讲话,市林业局局长钱某某主持会议。");
        MeetingItem m = only(g);
        assertEquals(LocalDate.of(2024, 3, 18), m.date());
        assertEquals(Set.of("ATTENDED", "SPOKE"), RolesAt.of(g, m, "罗某某"));
        assertEquals(Set.of("CHAIRED"), RolesAt.of(g, m, "钱某某"));
    }

    @Test
    void aMeetingHeldByVideoAndAnUntitledNameInTheHeadlineWhoAttends() {
        ArticleGraph g = extract("全省林业工作会议召开 何志强出席并讲话\n\n发布时间:2024-03-08\n\n"
                + "3月6日,全省林业工作会议通过视频形式召开。副省长何志强强调,要抓好春季造林。");
        MeetingItem m = only(g);
        assertEquals(LocalDate.of(2024, 3, 6), m.date());
        assertEquals(Set.of("ATTENDED", "SPOKE"), RolesAt.of(g, m, "何志强"));
    }

    @Test
    void aRankHeldIsATitleInALeaderList() {
        ArticleGraph g = extract("发布时间:2024-09-08\n\n9月7日,全县农业工作会议在县会议中心召开。县委书记罗某某、"
                + "正县级干部钱某某、县政府党组成员、副县级干部孙某某,各乡镇负责人参加了会议。");
        MeetingItem m = only(g);
        assertEquals(Set.of("ATTENDED"), RolesAt.of(g, m, "钱某某"));
        assertEquals(Set.of("ATTENDED"), RolesAt.of(g, m, "孙某某"));
        OfficialRef sun = g.officials().stream().filter(o -> o.simplifiedName().equals("孙某某")).findFirst().orElseThrow();
        assertEquals(List.of("县政府党组成员", "副县级干部"), sun.titles());
    }

    @Test
    void untitledComradesAfterTheirBodyAttendAndTakeItAsTitle() {
        ArticleGraph g = extract("发布时间:2024-06-12\n\n6月11日,某镇召开驻村工作对接会,各村党支部书记参加会议,"
                + "市工作专班周建国、吴立新、马晓燕等同志到会指导。会议由镇党委副书记钱某某主持。");
        MeetingItem m = only(g);
        for (String n : List.of("周建国", "吴立新", "马晓燕")) {
            assertEquals(Set.of("ATTENDED"), RolesAt.of(g, m, n), n);
        }
        OfficialRef zhou = g.officials().stream().filter(o -> o.simplifiedName().equals("周建国")).findFirst().orElseThrow();
        assertEquals(List.of("市工作专班"), zhou.titles());
    }

    @Test
    void leadingThoseWhoAttendIsNotAttending() {
        ArticleGraph g = extract("发布时间:2024-06-12\n\n6月11日,县林业局召开党组会议。会议由局长钱某某主持。"
                + "会上,钱某某带领全体参会人员学习了《关于做好防汛工作的通知》。");
        MeetingItem m = only(g);
        // leading the study is a speech, as 领学 is (the dev gold counts it so), but no attendance
        assertEquals(Set.of("CHAIRED", "SPOKE"), RolesAt.of(g, m, "钱某某"));
    }

    @Test
    void aPressConferenceTranscriptsRosterGivesItsChairAndGuests() {
        ArticleGraph g = extract("某省水利厅2024年6月3日新闻发布会文字实录\n\n时  间:2024年6月3日\n\n"
                + "主持人: 罗某某   省水利厅新闻发言人、办公室主任\n\n"
                + "嘉  宾: 钱某某   省水利厅副厅长\n\n         孙  某   某市人民政府副市长\n\n"
                + "省水利厅新闻发言人、办公室主任 罗某某:\n\n各位记者朋友,大家上午好!今天我们介绍全省防汛准备情况。");
        MeetingItem m = only(g);
        assertEquals("某省水利厅2024年6月3日新闻发布会", m.name());
        assertEquals(LocalDate.of(2024, 6, 3), m.date());
        assertEquals(Set.of("CHAIRED", "SPOKE"), RolesAt.of(g, m, "罗某某"));
        assertEquals(Set.of("ATTENDED"), RolesAt.of(g, m, "钱某某"));
        assertEquals(Set.of("ATTENDED"), RolesAt.of(g, m, "孙某"));
        OfficialRef luo = g.officials().stream().filter(o -> o.simplifiedName().equals("罗某某")).findFirst().orElseThrow();
        assertEquals(List.of("省水利厅新闻发言人", "办公室主任"), luo.titles());
    }

    @Test
    void aLeaderListCutOffByAStrayFullStopSharesTheNextSentencesAttendance() {
        ArticleGraph g = extract("发布时间:2024-11-18\n\n11月17日,省交通运输厅召开党组会议,传达学习全省交通工作会议精神。"
                + "厅党组书记、厅长罗某某主持会议并讲话。厅党组成员、副厅长钱某某、孙某某。省交通规划院院长周某某参加会议。");
        MeetingItem m = only(g);
        for (String n : List.of("钱某某", "孙某某", "周某某")) {
            assertEquals(Set.of("ATTENDED"), RolesAt.of(g, m, n), n);
        }
    }

    @Test
    void aListThatIsOnlyNamedInItsOwnSentenceAttendsNothing() {
        ArticleGraph g = extract("发布时间:2024-11-18\n\n11月17日,省交通运输厅召开党组会议。厅长罗某某主持会议。"
                + "会议表扬了副厅长钱某某、孙某某。会议要求各处室参加培训。");
        MeetingItem m = only(g);
        assertEquals(Set.of(), RolesAt.of(g, m, "钱某某"));
    }

    @Test
    void aDayOrTodayBetweenTheBodyAndItsVerbLeavesTheBodyTheConvener() {
        MeetingItem day = only(extract("2024-03-17 08:25 来源:某网\n\n市总工会16日召开党组中心组学习会议。党组书记罗某某主持会议。"));
        assertEquals("市总工会", day.convenedBy().name());
        assertEquals(LocalDate.of(2024, 3, 16), day.date());
        MeetingItem today = only(extract("发布时间:2024-03-17\n\n市林业局今天上午召开森林防火工作推进会。局长钱某某主持会议。"));
        assertEquals("市林业局", today.convenedBy().name());
    }

    @Test
    void aCommissionsPartyGroupWrittenShortIsTheCommissionItsChairHeads() {
        MeetingItem m = only(extract("发布时间:2024-03-16\n\n3月15日,某省发展改革委党组书记、主任罗某某主持召开委党组扩大会议,"
                + "研究部署全年工作。"));
        assertEquals("某省发展改革委", m.convenedBy().name());
    }

    @Test
    void aDayWhose日IsDroppedBeforeTheTimeOfDayIsStillTheDay() {
        MeetingItem m = only(extract("发布时间:2018-06-19\n\n2018年6月16上午8:30,市林业局在局会议室召开森林防火工作推进会。"
                + "局长钱某某主持会议。"));
        assertEquals(LocalDate.of(2018, 6, 16), m.date());
    }

    @Test
    void aFiveYearPlanClosingWellGivesTheYearOfAnUndatedReport() {
        MeetingItem m = only(extract("9月30日下午,某市林业局召开第三季度总结会议。局长钱某某主持会议。"
                + "会议要求,全力以赴完成全年任务,争取“十三五”圆满收官。"));
        assertEquals(LocalDate.of(2020, 9, 30), m.date());
    }

    @Test
    void aReportMadeToTheAssemblyNamesNoOneCalledXiangDahui() {
        ArticleGraph g = extract("发布时间:2024-07-28\n\n7月27日,某街道召开议政会。街道办事处主任向大会作上半年工作报告。");
        assertTrue(g.officials().stream().noneMatch(o -> o.simplifiedName().contains("大会")), g.officials().toString());
    }

    @Test
    void headsOfArchivesSectionsAndBroadcastersAreTitled() {
        ArticleGraph g = extract("发布时间:2020-01-08\n\n1月3日,某市档案馆召开专题会议。馆领导班子成员参加会议。馆长罗某某主持会议。"
                + "办公室科长钱某某、电视台副台长孙某某参加会议。");
        MeetingItem m = only(g);
        assertEquals(Set.of("CHAIRED"), RolesAt.of(g, m, "罗某某"));
        assertEquals(Set.of("ATTENDED"), RolesAt.of(g, m, "钱某某"));
        assertEquals(Set.of("ATTENDED"), RolesAt.of(g, m, "孙某某"));
        assertEquals(List.of("馆长"), Extracted.official(g, "罗某某").titles());
    }

    @Test
    void aRankAfterANameIsTheNamesAndEndsNoTitleList() {
        ArticleGraph g = extract("发布时间:2018-09-25\n\n9月20日,某大学侨联召开专题会议。中国侨联委员、校侨联主席罗某某教授、"
                + "校侨联副主席钱某某教授、副主席孙某某参加会议。");
        MeetingItem m = only(g);
        for (String name : List.of("罗某某", "钱某某", "孙某某")) {
            assertEquals(Set.of("ATTENDED"), RolesAt.of(g, m, name), name);
        }
        assertEquals(List.of("中国侨联委员", "校侨联主席"), Extracted.official(g, "罗某某").titles());
        assertEquals(List.of("副主席"), Extracted.official(g, "孙某某").titles());
    }

    @Test
    void aGovernmentsCounsellorsAreOfficialsWhoAttend() {
        ArticleGraph g = extract("3月5日,省政府参事室召开研讨会筹备工作谋划会,室党组书记、主任白和平主持会议并讲话,"
                + "省政府参事江海河、陈定新、朱宜存参加会议。");
        for (String name : List.of("江海河", "陈定新", "朱宜存")) {
            assertEquals(Set.of("ATTENDED"), RolesAt.of(g, only(g), name), name);
            assertEquals(List.of("省政府参事"), Extracted.official(g, name).titles(), name);
        }
    }
}
