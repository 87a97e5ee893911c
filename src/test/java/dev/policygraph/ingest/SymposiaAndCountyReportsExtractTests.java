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
 * Forms batch as's real articles showed in session 21 (symposia where many speak, county reports, sector work
 * conferences), each a form that recurs rather than one article's wording. Texts written for these tests. Pure, fast.
 */
class SymposiaAndCountyReportsExtractTests {

    @Test
    void aRangeWithItsDayWrittenOnceIsDatedByItsFirstDay() {
        ArticleGraph g = extract("发布时间:2015-11-20\n11月19-20日,某市局在某县召开2015年全市气象局长工作研讨会议。某县副县长张某志出席会议并致辞。");
        assertEquals(LocalDate.of(2015, 11, 19), only(g).date());
    }

    @Test
    void namesCountedAndDescribedBeforeTheirSpeechSpeak() {
        ArticleGraph g = extract("发布时间:2023-07-01\n6月30日,某部召开律师工作座谈会,部长贺某出席会议并讲话。\n"
                + "会上,薛济明、杨希文、牛琳娜等9位律师代表作了发言。");
        assertEachSpoke(g, "薛济明", "杨希文", "牛琳娜");
    }

    @Test
    void namesThatProposeOnATopicSpeakAndAGuestWhoSaysSomethingSpeaks() {
        ArticleGraph g = extract("发布时间:2022-08-26\n25日上午,某市政协召开月度协商座谈会。市政协主席周某芬主持会议并讲话。\n"
                + "会上,伍某松、陈某芳、易某生围绕有效缓解企业结构性用工矛盾等协商建言。\n"
                + "市政府党组成员隆某出席会议并表示,将积极研究用工策略。");
        MeetingItem m = only(g);
        assertEachSpoke(g, "伍某松", "陈某芳", "易某生");
        assertEquals(Set.of("ATTENDED", "SPOKE"), RolesAt.of(g, m, "隆某"));
        // a guest who only thanks is no speaker by that
        ArticleGraph thanked = extract("发布时间:2022-08-26\n25日上午,某市政协召开月度协商座谈会。市政府党组成员隆某出席会议并表示感谢。");
        assertEquals(Set.of("ATTENDED"), RolesAt.of(thanked, only(thanked), "隆某"));
    }

    @Test
    void anAdverbOfMannerMayStandBetweenANameAndItsSpeech() {
        ArticleGraph g = extract("发布时间:2013-02-18\n2月18日,某市高新技术研讨会在市科技情报所召开。\n会上,市长陈某彪明确强调,全市企业要加快创新。");
        assertEquals(Set.of("SPOKE"), RolesAt.of(g, only(g), "陈某彪"));
    }

    @Test
    void theBodyBeforeANameWrittenBeforeItsTitleStopsAtAVerb() {
        ArticleGraph g = extract("发布时间:2015-11-20\n11月19日,某市局召开全市气象局长工作研讨会议。会议期间,市局局长刘某军传达了全省气象局长工作研讨会议精神,"
                + "并全文领学了省局王某国局长所作的主题报告。");
        assertEquals(List.of("省局局长"), Extracted.official(g, "王某国").titles());
    }

    @Test
    void aTitleRightAfterAndStartsTheTitles() {
        ArticleGraph g = extract("发布时间:2021-02-01\n2月1日上午,某县委召开全县领导干部会议。县委书记刘某华主持并讲话。"
                + "县委副书记罗某政传达省政府工作报告精神和省长郑某洁参加某团审议时的讲话精神。");
        assertEquals(List.of("省长"), Extracted.official(g, "郑某洁").titles());
        ArticleGraph county = extract("发布时间:2023-04-10\n4月9日下午,委员们围绕政协常委会工作报告、政协提案工作报告和县委书记何某的讲话展开分组讨论。");
        assertEquals(List.of("县委书记"), Extracted.official(county, "何某").titles());
        ArticleGraph union = extract("发布时间:2012-01-31\n1月31日,公司召开了职工代表大会。会议听取了公司总经理宗某农所作的行政工作报告和工会主席钱某明所作的工会工作报告。");
        assertEquals(List.of("工会主席"), Extracted.official(union, "钱某明").titles());
        // in a body's name a 和 stays: 文化和旅游局局长
        ArticleGraph body = extract("发布时间:2021-02-01\n2月1日上午,某县委召开全县领导干部会议。县文化和旅游局局长王某出席会议。");
        assertEquals(List.of("县文化和旅游局局长"), Extracted.official(body, "王某").titles());
    }

    @Test
    void aGivenNameMayOpenWithJia() {
        ArticleGraph g = extract("发布时间:2021-02-01\n2月1日上午,某县委召开全县领导干部会议。县委副书记罗某政传达省委书记袁家华重要讲话精神。");
        assertEquals(List.of("省委书记"), Extracted.official(g, "袁家华").titles());
    }

    @Test
    void aConsultationHeldWithJubanIsAMeeting() {
        ArticleGraph g = extract("发布时间:2021-01-25\n1月21日上午,某市工商联、市科技局联合举办2021年首场政企恳谈会。市委常委李某葵出席会议。");
        assertEquals("2021年首场政企恳谈会", only(g).name());
    }

    @Test
    void peopleNamedAfterTheirFirmsInAListSpeak() {
        ArticleGraph g = extract("发布时间:2021-07-30\n7月27日上午,某市召开民营企业家交流座谈会。\n"
                + "座谈会上,朗华供应链刘丹宁、安多福王秀娥、一体投资李漫铁等民营企业代表纷纷发言。");
        assertEachSpoke(g, "刘丹宁", "王秀娥", "李漫铁");
        // firms alone name no one
        ArticleGraph firms = extract("发布时间:2021-07-30\n7月27日上午,某市召开民营企业家交流座谈会。\n"
                + "座谈会上,朗华供应链、安多福科技、一体投资等民营企业代表纷纷发言。");
        assertEquals(List.of(), firms.officials());
    }

    @Test
    void aPressConferencesPanelSeparatedByCommasAnswersTogether() {
        ArticleGraph g = extract("发布时间:2012-01-10\n1月9日上午,某省人大会议举行第一次记者招待会,省委常委、常务副省长李某克,副省长张某卫,"
                + "省财政厅厅长钱某玉,围绕当前社会关注的热点问题回答了记者提问。");
        assertEachSpoke(g, "李某克", "张某卫", "钱某玉");
    }

    @Test
    void aMemberNamedBeforeWeiyuanSpeaksOnABodysBehalf() {
        ArticleGraph g = extract("发布时间:2024-01-18\n1月17日下午,市政协十五届三次会议举行第三次全体会议。市政协主席朱某主持会议。\n"
                + "现场,10位委员代表作口头发言。徐华平委员代表民革某市委发言,提出了加快港城建设的建议;吴维娜委员代表民盟某市委发言。");
        for (String name : List.of("徐华平", "吴维娜")) {
            assertEquals(Set.of("SPOKE"), RolesAt.of(g, only(g), name), name);
            assertEquals(List.of("委员"), Extracted.official(g, name).titles(), name);
        }
        // 国务委员 is a title: 原国务 is no name before 委员
        ArticleGraph state = extract("发布时间:2017-12-21\n12月20日,某协会表彰大会在北京举行。原国务委员陈某立出席会议并讲话。");
        assertEquals(List.of("陈某立"), state.officials().stream().map(OfficialRef::name).toList());
    }

    @Test
    void todaysGuestsListedAfterAnOpeningAttendEvenBetweenSemicolons() {
        ArticleGraph g = extract("发布时间:2024-09-02\n9月2日,某省新闻办公室举行新闻发布会。出席今天发布会的有:某省卫生健康委员会党委书记、主任周某强先生;"
                + "某省生态环境厅党组成员、副厅长孙某芳先生。");
        for (String name : List.of("周某强", "孙某芳")) {
            assertEquals(Set.of("ATTENDED"), RolesAt.of(g, only(g), name), name);
        }
    }

    @Test
    void rulesFilePhotosAndHabitsReportNoMeeting() {
        for (String text : List.of("第五条  常务委员会举行会议,应当合理安排会期、议程和日程,提高议事质量和效率。",
                "资料图:2016年3月2日,全国政协十二届四次会议新闻发布会在北京人民大会堂举行。",
                "为了便于经常举行会议,集体行使职权,全国人大和县级以上地方各级人大设立常委会。")) {
            assertEquals(List.of(), extract("发布时间:2017-03-02\n" + text).meetings(), text);
        }
    }

    @Test
    void aTopicIsNoPartOfTheTitlesAfterIt() {
        ArticleGraph g = extract("发布时间:2023-12-28\n12月27日下午,某县政协召开分组讨论会。讨论中,委员们围绕县委书记吴某健的讲话,谈突破、话发展。");
        assertEquals(List.of("县委书记"), Extracted.official(g, "吴某健").titles());
    }

    @Test
    void aFirmsHeadNamedBeforeHisTitleSpeaks() {
        ArticleGraph g = extract("发布时间:2018-01-03\n12月25日,集团公司2018年工作务虚会在某大厦召开。会上,各部室分别汇报了工作;"
                + "李磊总经理结合大家的发言对集团的工作进行了总结。");
        assertEquals(Set.of("SPOKE"), RolesAt.of(g, only(g), "李磊"));
        assertEquals(List.of("总经理"), Extracted.official(g, "李磊").titles());
        // 公司 before 副总经理 is the firm, no name
        ArticleGraph firm = extract("发布时间:2023-08-30\n8月29日,公司召开第一届第二次职工代表大会。会议由公司副总经理、工会主席刘长升主持。");
        assertEquals(List.of("刘长升"), firm.officials().stream().map(OfficialRef::name).toList());
    }

    @Test
    void aDatedWorkMeetingThatABodyOrganisesIsHeld() {
        ArticleGraph g = extract("发布时间:2022-06-03\n6月2日下午,集团在多功能厅组织开展端午节前集体廉洁谈话暨安全生产工作会议。会议由集团党委副书记、总经理左某主持。");
        assertEquals("端午节前集体廉洁谈话暨安全生产工作会议", only(g).name());
    }

    @Test
    void anOpeningPlenaryIsASessionsNameNotItsVerb() {
        ArticleGraph g = extract("发布时间:2019-01-29\n1月27日,省长刘某在省十三届人大三次会议开幕大会上作了政府工作报告。");
        assertTrue(g.meetings().stream().noneMatch(m -> m.name().contains("刘某")), g.meetings().toString());
    }

    @Test
    void aCandidateForAPostIsTitledSo() {
        ArticleGraph g = extract("发布时间:2025-03-18\n3月17日,某镇召开第二十届人民代表大会第五次会议筹备工作会议。"
                + "镇人大主席候选人姜浩文,党委委员、副镇长候选人杜兆峰参加会议。");
        assertEquals(List.of("镇人大主席候选人"), Extracted.official(g, "姜浩文").titles());
        assertEquals(Set.of("ATTENDED"), RolesAt.of(g, only(g), "杜兆峰"));
    }

    @Test
    void theyAttendTheSubVenuesMeetingNamedAtTheEnd() {
        ArticleGraph g = extract("发布时间:2017-04-11\n4月11日上午,国家体育总局组织召开2017年全国群众体育工作电视电话会议。"
                + "省体育局局长何某康、副局长吴某敏,省民宗委、省财政厅等部门有关职能处室负责人共48人参加云南省级分会场的会议。");
        assertEquals(Set.of("ATTENDED"), RolesAt.of(g, only(g), "何某康"));
    }

    @Test
    void anAppointmentReadOutNamesTheOfficialAndHisNewPost() {
        ArticleGraph g = extract("发布时间:2018-10-31\n10月30日下午,某省文化和旅游系统干部大会召开,副省长何某出席会议并讲话,"
                + "省委组织部副部长马某晴宣读任免文件:陈卫中任省文化和旅游厅党组书记、厅长。");
        assertEquals(List.of("省文化和旅游厅党组书记"), Extracted.official(g, "陈卫中").titles());
    }

    @Test
    void aPlenarysSpeechesAreNoMeetingOfTheirOwn() {
        ArticleGraph g = extract("发布时间:2015-04-29\n4月28日上午,政协某县第八届委员会第四次会议召开第二次全体会议,举行委员大会发言。会议由县政协副主席洪某顺主持。");
        assertEquals("政协某县第八届委员会第四次会议第二次全体会议", only(g).name());
    }

    @Test
    void aMeetingsOutlineAndSpiritRelayedIsARelayOfIt() {
        ArticleGraph g = extract("发布时间:2015-11-20\n11月19日,某市局召开全市气象局长工作研讨会议。会议期间,市局局长刘某军传达了全省气象局长工作研讨会议概况与主要精神。");
        assertEquals(List.of("全省气象局长工作研讨会议"), only(g).relays().stream().map(RelayRef::meetingName).toList());
    }

    @Test
    void aNameEndsBeforeTheDayOfAQuoteAndBeforeAVisit() {
        ArticleGraph quoted = extract("发布时间:2010-07-26\n国务院国资委主任李荣融23日说,上半年125家中央企业生产经营持续稳定增长。");
        assertEquals(List.of("国务院国资委主任"), Extracted.official(quoted, "李荣融").titles());
        ArticleGraph visit = extract("发布时间:2017-11-07\n1月7日,县政协主席张某体、副主席段某东、党组成员马修文走访看望部分企业界政协委员。");
        assertEquals(List.of("党组成员"), Extracted.official(visit, "马修文").titles());
    }

    @Test
    void aLevelInBracketsIsAnotherMeetingOfTheSameName() {
        ArticleGraph g = extract("发布时间:2024-03-23\n3月22日,省水利厅召开理论学习中心组扩大学习会。会议传达学习全国(全省)组织部长会议精神。");
        assertEquals(List.of("全国组织部长会议", "全省组织部长会议"), only(g).relays().stream().map(RelayRef::meetingName).toList());
    }

    @Test
    void theOneMeetingNamedBeforeRecentMeetingsIsRelayed() {
        ArticleGraph g = extract("发布时间:2025-07-18\n7月17日,市规划自然资源局党组书记、局长扈某泰主持召开第24次局党组会议,传达学习市委常委会等近期会议精神。");
        assertEquals(List.of("市委常委会"), only(g).relays().stream().map(RelayRef::meetingName).toList());
    }

    /** Each name has exactly one role at the article's only meeting: it spoke. */
    private static void assertEachSpoke(ArticleGraph g, String... names) {
        RolesAt.assertEach(g, only(g), Set.of("SPOKE"), names);
    }
}
