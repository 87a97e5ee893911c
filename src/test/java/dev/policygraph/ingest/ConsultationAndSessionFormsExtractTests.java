package dev.policygraph.ingest;

import static dev.policygraph.ingest.Extracted.extract;
import static dev.policygraph.ingest.Extracted.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Forms the blind-labelled batch ac of real articles (township consultations, people's congress sessions and their
 * preparatory meetings, workers' congresses, newspaper pages, national video meetings joined from below) showed missed
 * or misread. Texts written for these tests. Pure, fast.
 */
class ConsultationAndSessionFormsExtractTests {

    @Test
    void aConsultationMeetingIsNoChamberOfCommerce() {
        ArticleGraph g = extract("发布时间:2020年11月27日\n11月27日,某镇“乡村振兴”基层专题协商会在镇201会议室召开。区政协副主席邵某娟出席会议。");
        MeetingItem m = only(g);
        assertEquals("某镇“乡村振兴”基层专题协商会", m.name());
        assertEquals(LocalDate.of(2020, 11, 27), m.date());
        assertEquals(Set.of("ATTENDED"), RolesAt.of(g, m, "邵某娟"));
    }

    @Test
    void aNewspaperIndexLinesFieldsAreNoPartOfTheMeetingsName() {
        ArticleGraph g = extract("第A01版:要闻\n\n本报讯 昨日下午,某市政协九届二次常委会议在市政协召开。\n\n"
                + "2022-07-29 1 1 某日报 content_190469.html 1 3 某市政协九届二次常委会议召开 /enpproperty-->");
        assertEquals(java.util.List.of("某市政协九届二次常委会议"), g.meetings().stream().map(MeetingItem::name).toList());
    }

    @Test
    void nonPartyFiguresAndStaffOfficersWithRareSurnamesSpeak() {
        ArticleGraph g = extract("8月27日,省委召开党外人士情况通报会。会上,九三学社省委会专职主委过建春、省工商联副主席刘某军、无党派人士邢明"
                + "先后发言。");
        MeetingItem m = only(g);
        for (String name : java.util.List.of("过建春", "刘某军", "邢明")) {
            assertEquals(Set.of("SPOKE"), RolesAt.of(g, m, name), name);
        }
        assertEquals(java.util.List.of("无党派人士"), Extracted.official(g, "邢明").titles());

        ArticleGraph h = extract("1月10日,某社区召开居民代表大会。街道关工委常务副主任宦建明出席会议。社区干事马某向各位居民代表作协调委员会工作报告。");
        MeetingItem n = only(h);
        assertEquals(Set.of("ATTENDED"), RolesAt.of(h, n, "宦建明"));
        assertEquals(Set.of("SPOKE"), RolesAt.of(h, n, "马某"));

        ArticleGraph k = extract("2月26日,2024年全区干部大会召开。区委书记宛小林出席会议并讲话,区委副书记、区长汪某主持会议。");
        assertEquals(Set.of("ATTENDED", "SPOKE"), RolesAt.of(k, only(k), "宛小林"));
    }

    @Test
    void aPreparatoryMeetingNamedBareIsTheSessions() {
        ArticleGraph g = extract("发布时间:2025-07-12\n7月11日下午,县十八届人大五次会议举行预备会议。县人大常委会主任王某美主持会议。");
        assertEquals(java.util.List.of("县十八届人大五次会议预备会议"), g.meetings().stream().map(MeetingItem::name).toList());

        ArticleGraph h = extract("发布时间:2024-10-24\n10月23日,某镇第二届人民代表大会第五次会议隆重召开。镇长张某飞主持会议。\n"
                + "召开预备会议,审议通过会议议程(草案)。");
        assertEquals(java.util.List.of("某镇第二届人民代表大会第五次会议", "某镇第二届人民代表大会第五次会议预备会议"),
                h.meetings().stream().map(MeetingItem::name).toList());
    }

    @Test
    void aForestChiefIsATitleAndForestryIsNoName() {
        ArticleGraph g = extract("3月9日,某县召开2022年总林长工作会。县长、县级总林长杜某出席会议并作了重要讲话。"
                + "自然资源厅副厅长赵某勇、林业和草原局党组成员王某旺出席会议。");
        MeetingItem m = only(g);
        assertEquals(Set.of("ATTENDED", "SPOKE"), RolesAt.of(g, m, "杜某"));
        assertEquals(java.util.List.of("县长", "县级总林长"), Extracted.official(g, "杜某").titles());
        assertEquals(false, g.officials().stream().anyMatch(o -> o.simplifiedName().equals("林业")), g.officials().toString());
    }

    @Test
    void headsOfPrefecturesAndLeaguesChair() {
        ArticleGraph g = extract("11月25日,州长李某跃主持召开第十二届州人民政府第45次常务会议。");
        assertEquals(Set.of("CHAIRED"), RolesAt.of(g, only(g), "李某跃"));
        assertEquals(java.util.List.of("州长"), Extracted.official(g, "李某跃").titles());

        ArticleGraph h = extract("5月29日,行署召开中央生态环境保护督察配合工作会。盟委副书记、行署盟长郭某峰主持并讲话。");
        assertEquals(Set.of("CHAIRED", "SPOKE"), RolesAt.of(h, only(h), "郭某峰"));
    }

    @Test
    void aCommandsChiefAndASecondedCadreAreTitled() {
        ArticleGraph g = extract("7月24日,市防汛抗旱指挥部召开防汛会商会。市防指指挥长王某主持会议。镇党委副书记胡某兵,挂职干部杨某韵出席会议。");
        MeetingItem m = only(g);
        assertEquals(Set.of("CHAIRED"), RolesAt.of(g, m, "王某"));
        assertEquals(Set.of("ATTENDED"), RolesAt.of(g, m, "杨某韵"));
        assertEquals(java.util.List.of("挂职干部"), Extracted.official(g, "杨某韵").titles());
    }

    @Test
    void aPartySchoolsHeadWhoIsAlsoTheCollegesChairs() {
        ArticleGraph g = extract("10月26日上午,某省委党校(省行政学院)召开校委理论学习中心组集体(扩大)会议。常务副校(院)长赵某主持会议并作总结讲话。");
        assertEquals(Set.of("CHAIRED", "SPOKE"), RolesAt.of(g, only(g), "赵某"));
        assertEquals(java.util.List.of("常务副校(院)长"), Extracted.official(g, "赵某").titles());
    }

    @Test
    void titledSpeakersWhoEachDrawOnTheirWorkAndThenSpeakOnTheThemeSpoke() {
        ArticleGraph g = extract("10月26日上午,某省委党校召开校委理论学习中心组集体(扩大)会议。会上,副校长黄某,厅干班学员代表黄某龙、"
                + "教研部教师代表李某珊结合各自工作和学习情况,分别围绕主题作了交流发言。");
        MeetingItem m = only(g);
        for (String name : java.util.List.of("黄某", "黄某龙", "李某珊")) {
            assertEquals(Set.of("SPOKE"), RolesAt.of(g, m, name), name);
        }
    }

    @Test
    void aHeadlinesSloganBeforeADashIsNoPartOfTheMeetingsName() {
        ArticleGraph g = extract("竭诚服务员工 凝聚奋进力量——某省分行第四届职工代表大会第三次会议胜利召开\n\n"
                + "2023年12月13日,某银行某省分行第四届职工代表大会第三次会议在济南召开。");
        assertEquals(java.util.List.of("某银行某省分行第四届职工代表大会第三次会议"),
                g.meetings().stream().map(MeetingItem::name).toList());
    }

    @Test
    void aPagesLabelledDateOnTheHeadlinesLineDoesNotDateTheMeeting() {
        ArticleGraph g = extract("内蒙古:召开金融领域警示教育大会 时间:2022年02月22日 来源:某网站 点击:353次\n\n"
                + "  2月18日上午,内蒙古自治区党委召开全区金融领域警示教育大会,1万余名党员干部参加会议。");
        MeetingItem m = only(g);
        assertEquals(LocalDate.of(2022, 2, 18), m.date());
    }

    @Test
    void theDayOfAMeetingWhoseDemandsAreFollowedDoesNotDateThisOne() {
        ArticleGraph g = extract("某银行某省分行召开2024年安全生产委员会第一次扩大会议\n发布时间:2024-01-11\n\n1月10日下午,为深入学习贯彻安全生产重要指示精神,"
                + "根据2023年12月26日总行安全生产委员会(扩大)会议要求,某省分行召开2024年安全生产委员会第一次扩大会议。");
        assertEquals(LocalDate.of(2024, 1, 10), only(g).date());
    }

    @Test
    void aThemeGivenBeforeAMeetingsNameIsNoPartOfItAndTheSpiritItNamesIsRelayed() {
        ArticleGraph g = extract("发布时间:2025-03-07\n3月6日,以“深入贯彻落实全省优化营商环境暨三年行动决胜之年动员大会精神”为主题的药监与药企"
                + "“面对面·心连心”座谈会在大连召开。省药监局副局长宁某莉主持会议。");
        MeetingItem m = only(g);
        assertEquals("药监与药企“面对面·心连心”座谈会", m.name());
        assertEquals(LocalDate.of(2025, 3, 6), m.date());
        assertEquals(Set.of("CHAIRED"), RolesAt.of(g, m, "宁某莉"));
        assertEquals(java.util.List.of("全省优化营商环境暨三年行动决胜之年动员大会"),
                m.relays().stream().map(RelayRef::meetingName).toList());
    }

    @Test
    void aMeetingChairedOnADayIsReportedEvenWithoutAHoldingVerb() {
        ArticleGraph g = extract("Last updated: 2025 年 11 月 10 日 下午 6:05\n縣長許某華10日上午主持縣務會議時,就颱風可能登陸議題,"
                + "提出三項指示。");
        MeetingItem m = only(g);
        assertEquals("縣務會議", m.name());
        assertEquals(LocalDate.of(2025, 11, 10), m.date());
        assertEquals(Set.of("CHAIRED"), RolesAt.of(g, m, "许某华"));

        ArticleGraph h = extract("发布时间:2020-05-06\n他曾主持县政府常务会议多年,熟悉县情。");
        assertEquals(java.util.List.of(), h.meetings());
    }

    @Test
    void aPresidiumsNumberedSittingIsNamedAfterItAndUntitledLeadersWhoAlsoAttendAttend() {
        ArticleGraph g = extract("发布时间:2011-02-26\n2月25日,州十二届人大六次会议主席团举行第二次会议。会议由主席团常务主席李某主持。\n"
                + "粟某能、冯某文、张某福也出席了会议,出席会议的还有:主席团其他成员。");
        MeetingItem m = only(g);
        assertEquals("州十二届人大六次会议主席团第二次会议", m.name());
        for (String name : java.util.List.of("粟某能", "冯某文", "张某福")) {
            assertEquals(Set.of("ATTENDED"), RolesAt.of(g, m, name), name);
        }
    }

    @Test
    void anOfficialWhoSaysSoAtAPressConferenceSpoke() {
        ArticleGraph g = extract("发布时间:2012-07-19\n7月18日,某省统计局举行新闻发布会。某省统计局局长姚某文称,受外部形势影响,经济下行压力增大。");
        assertEquals(Set.of("SPOKE"), RolesAt.of(g, only(g), "姚某文"));
    }

    @Test
    void representativesOfSchoolsCountedBeforeTheirVerbSpoke() {
        ArticleGraph g = extract("发布时间:2015-09-09\n9月8日,某镇召开庆祝教师节表彰大会。南港中心校徐某芝、西衖中心校郑某两位获奖老师代表分别作了交流发言。");
        MeetingItem m = only(g);
        assertEquals(Set.of("SPOKE"), RolesAt.of(g, m, "徐某芝"));
        assertEquals(Set.of("SPOKE"), RolesAt.of(g, m, "郑某"));
    }

    @Test
    void riverChiefsAreTitled() {
        ArticleGraph g = extract("11月23日上午,某县县委副书记、县政府县长、县总河长兼沭河县级河长陈某玲主持召开了全县河长制工作推进会。");
        assertEquals(Set.of("CHAIRED"), RolesAt.of(g, only(g), "陈某玲"));

        ArticleGraph h = extract("6月13日,某市召开总河长全体会议。省委副书记、市委书记、市总河长施某琳出席会议并讲话。");
        assertEquals(Set.of("ATTENDED", "SPOKE"), RolesAt.of(h, only(h), "施某琳"));
        assertEquals(java.util.List.of("省委副书记", "市委书记", "市总河长"), Extracted.official(h, "施某琳").titles());
    }

    @Test
    void aSessionHeldOnAFullDateAfterItsNameIsReportedAndAGamesOpeningIsNoMeeting() {
        ArticleGraph g = extract("省政府第九次全体会议2011年12月31日召开,总结2011年省政府工作。省长蒋某峰主持会议并讲话。");
        MeetingItem m = only(g);
        assertEquals("省政府第九次全体会议", m.name());
        assertEquals(LocalDate.of(2011, 12, 31), m.date());

        ArticleGraph h = extract("发布时间:2022-02-07\n今年春节假期恰逢冬奥会开幕,全省安全形势总体平稳。");
        assertEquals(java.util.List.of(), h.meetings());
    }

    @Test
    void aDatedLeadThatOnlyNamesItsMeetingReportsIt() {
        ArticleGraph g = extract("发布时间:2022-02-24\n2月23日上午,某县2022年教育系统党风廉政建设暨教育工作会议。县委常委、县委宣传部部长张某斌"
                + "主持会议,副县长许某龙参加会议。");
        MeetingItem m = only(g);
        assertEquals("某县2022年教育系统党风廉政建设暨教育工作会议", m.name());
        assertEquals(LocalDate.of(2022, 2, 23), m.date());
        assertEquals(Set.of("CHAIRED"), RolesAt.of(g, m, "张某斌"));
        assertEquals(Set.of("ATTENDED"), RolesAt.of(g, m, "许某龙"));
    }

    @Test
    void officialsWhoTakeThePressesQuestionsOrReviewTheYearSpoke() {
        ArticleGraph g = extract("发布时间:2019-07-31\n7月30日,某县举行2019年义务教育阶段学校招生工作新闻发布会。发布会上,县教育局基教股股长陈某勇、"
                + "副股长张某天等现场接受媒体提问。");
        MeetingItem m = only(g);
        assertEquals(Set.of("SPOKE"), RolesAt.of(g, m, "陈某勇"));
        assertEquals(Set.of("SPOKE"), RolesAt.of(g, m, "张某天"));

        ArticleGraph h = extract("发布时间:2021-02-08\n2月7日,某支队召开2021年党委扩大会议。支队党委书记、政治委员唐某尚讲评2020年度考核情况。");
        assertEquals(Set.of("SPOKE"), RolesAt.of(h, only(h), "唐某尚"));

        ArticleGraph k = extract("12月17日,省政府召开常务会议。省长助理何某成、孙某砀出席会议。");
        assertEquals(java.util.List.of("省长助理"), Extracted.official(k, "何某成").titles());
    }

    @Test
    void aTeacherNamedWithHerCallingAfterHerNameSpeaksAndTheChairDoesNotTakeHerWords() {
        ArticleGraph g = extract("发布时间:2016-09-11\n9月10日下午,某区庆祝第32个教师节表彰大会召开。代理区长王某敏主持了本次表彰大会。"
                + "第三个议程,是由优秀教师代表吕某香老师发言。她向各级领导表示感谢。在发言中她强调,教师应跟紧时代的步伐。");
        MeetingItem m = only(g);
        assertEquals(Set.of("SPOKE"), RolesAt.of(g, m, "吕某香"));
        assertEquals(Set.of("CHAIRED"), RolesAt.of(g, m, "王某敏"));
    }

    @Test
    void aTitledNameInsideAListIsNoFourCharacterName() {
        ArticleGraph g = extract("7月29日,某市召开督导工作联席会议。省委第五督导组第一组长袁某贵、组长罗某、副组长陈某奎参加会议。"
                + "罗某在会上对所参加的专题民主生活会情况进行了点评总结。");
        MeetingItem m = only(g);
        assertEquals(Set.of("ATTENDED", "SPOKE"), RolesAt.of(g, m, "罗某"));
        assertEquals(java.util.List.of("组长"), Extracted.official(g, "罗某").titles());
        assertEquals(false, g.officials().stream().anyMatch(o -> o.simplifiedName().equals("组长罗某")));
    }

    @Test
    void aLongListOfBareNamesThatEachSpokeSpokeEvenWithAMonkAmongThem() {
        ArticleGraph g = extract("1月11日,省委召开民主协商会。在民主、和谐的气氛中,王某杰、何力、李某宇、左某超、释心照、杨玲分别发言。");
        MeetingItem m = only(g);
        for (String name : java.util.List.of("王某杰", "何力", "左某超", "释心照", "杨玲")) {
            assertEquals(Set.of("SPOKE"), RolesAt.of(g, m, name), name);
        }
    }

    @Test
    void aVariantSurnameTheConversionKeepsClosesAListOfTitleGroupsThatAttend() {
        ArticleGraph g = extract("3月5日下午,某省政府新闻办举行第二十三场新闻发布会, 某省卫生健康委党组成员、副主任张某石,某省教育厅党组成员、"
                + "副厅长毛某,某大学一附院党委委员、副院长茍某军出席发布会,向社会发布最新疫情防控工作进展。");
        MeetingItem m = only(g);
        for (String name : java.util.List.of("张某石", "毛某", "茍某军")) {
            // present, and briefing the press (向社会发布…) is speaking there
            assertEquals(Set.of("ATTENDED", "SPOKE"), RolesAt.of(g, m, name), name);
        }
    }

    @Test
    void theLineAfterAnAttendanceOpeningAttends() {
        ArticleGraph g = extract("今天(2月16日)下午四点,某省疫情防控工作指挥部召开第25场新闻发布会,邀请相关领导,介绍情况并回答记者提问。\n"
                + "参加发布会的人员包括:\n某市委副书记、市长张某胜,某医院院长康某智。\n今天发布会将继续进行直播。");
        MeetingItem m = only(g);
        assertEquals(true, RolesAt.of(g, m, "张某胜").contains("ATTENDED"));
        assertEquals(true, RolesAt.of(g, m, "康某智").contains("ATTENDED"));
    }

    @Test
    void aNoticeOfPressConferencesToComeReportsNone() {
        ArticleGraph g = extract("2022年2月28日(周一),省政府新闻办将在省行政中心新闻发布厅召开两场新闻发布会:\n"
                + "一、2月28日(周一)上午9:30,省政府新闻办举行某规划政策解读新闻发布会,请省生态环境厅副厅长罗某介绍相关情况并回答记者提问。"
                + "省委宣传部新闻发布处处长汪某宇主持新闻发布会。\n"
                + "二、2月28日(周一)上午10:30,省政府新闻办举行某条例实施新闻发布会,请省水利厅副厅长李某川介绍相关情况。");
        assertEquals(java.util.List.of(), g.meetings());
    }

    @Test
    void aNameBeforeLaiDaoKeepsTwoCharacters() {
        ArticleGraph g = extract("今天下午,省委副书记、省长龚正来到省民主党派办公大楼,听取对《政府工作报告》(征求意见稿)的意见和建议。");
        assertEquals(true, g.officials().stream().anyMatch(o -> o.simplifiedName().equals("龚正")), g.officials().toString());
        assertEquals(false, g.officials().stream().anyMatch(o -> o.simplifiedName().equals("龚正来")), g.officials().toString());
    }

    @Test
    void aMeetingHeldAsPlannedIsHeld() {
        ArticleGraph g = extract("发布时间:2024-06-05\n6月5日,时值芒种。北京,国务院新闻办公室推动高质量发展系列主题新闻发布会如期举行。");
        MeetingItem m = only(g);
        assertEquals("国务院新闻办公室推动高质量发展系列主题新闻发布会", m.name());
        assertEquals(LocalDate.of(2024, 6, 5), m.date());
    }
}
