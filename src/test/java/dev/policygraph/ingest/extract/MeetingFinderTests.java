package dev.policygraph.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.policygraph.ingest.ArticleExtractor;
import dev.policygraph.ingest.ArticleGraph;
import dev.policygraph.ingest.ArticleInput;
import dev.policygraph.ingest.MeetingItem;

/** Meetings as {@link MeetingFinder} names, dates and convenes them, on short texts of forms seen in real reports. */
class MeetingFinderTests {

    private final ArticleExtractor extractor = new ArticleExtractor();
    private static final OffsetDateTime PUBLISHED = OffsetDateTime.parse("2024-10-23T00:00:00+08:00");

    private List<MeetingItem> meetings(String text) {
        return extractor.extract(new ArticleInput(text, null, PUBLISHED)).meetings();
    }

    private static String convener(MeetingItem m) {
        return m.convenedBy() == null ? null : m.convenedBy().name();
    }

    @Test
    void aStandingCommitteesSessionIsOneMeetingOfItsPartyCommittee() {
        List<String[]> cases = List.of(
                new String[] {"区委常委会召开第138次(扩大)会议\n10月22日,区委常委会召开第138次(扩大)会议,传达学习省委十二届七次全会精神。"
                        + "区委书记张建国主持会议并讲话。", "区委常委会第138次(扩大)会议", "区委"},
                new String[] {"10月22日,区委常委会召开会议,传达学习省委全会精神。区委书记张建国主持会议。", "区委常委会会议", "区委"},
                new String[] {"10月22日,市委常委会召开第九次扩大会议,传达学习全国两会精神。", "市委常委会第九次扩大会议", "市委"},
                new String[] {"10月22日上午,七届县委常委会召开第51次(扩大)会议,研究部署冬季安全生产工作。",
                        "七届县委常委会第51次(扩大)会议", "县委"});
        for (String[] c : cases) {
            List<MeetingItem> all = meetings(c[0]);
            assertEquals(1, all.size(), all.toString());
            assertEquals(c[1], all.get(0).name(), c[0]);
            assertEquals(c[2], convener(all.get(0)), c[0]);
            assertEquals(LocalDate.of(2024, 10, 22), all.get(0).date(), c[0]);
        }
    }

    @Test
    void otherBodiesWhoseSessionsLookAlikeKeepTheirOwnNames() {
        MeetingItem npc = meetings("10月22日,县人大常委会召开第十二次会议,审议有关报告。").get(0);
        assertEquals("县人大常委会第十二次会议", npc.name());
        assertEquals("县人大常委会", convener(npc));
        MeetingItem group = meetings("10月22日,县政府党组召开会议,传达学习全国两会精神。").get(0);
        assertEquals("县政府党组会议", group.name());
        MeetingItem executive = meetings("10月22日,县政府召开第12次常务会议,研究部署安全生产工作。").get(0);
        assertEquals("县政府", convener(executive));
    }

    private static List<MeetingItem> meetingsPublished(String text, String published) {
        return new ArticleExtractor().extract(new ArticleInput(text, null,
                OffsetDateTime.parse(published + "T00:00:00+08:00"))).meetings();
    }

    @Test
    void aStudySessionWithNoMeetingWordIsHeldByTheBodyThatOrganisesIt() {
        List<MeetingItem> all = meetingsPublished("某局召开第五次党委理论中心组扩大学习\n7月25日,某局党委组织2022年第五次理论中心组扩大学习,"
                + "局领导班子以及各部门负责人参加会议。", "2022-08-03");
        assertEquals(1, all.size(), all.toString());
        assertEquals("2022年第五次理论中心组扩大学习", all.get(0).name());
        assertEquals("某局党委", convener(all.get(0)));
        assertEquals(LocalDate.of(2022, 7, 25), all.get(0).date());
    }

    @Test
    void anOfficesSessionThatRelaysASpiritIsHeldWithNoHoldingVerb() {
        List<MeetingItem> all = meetingsPublished("3月1日,中共某市委办公室室务会传达贯彻全国档案局长馆长会议精神,研究贯彻落实举措。",
                "2025-03-05");
        assertEquals(1, all.size(), all.toString());
        assertEquals("中共某市委办公室室务会", all.get(0).name());
        assertEquals("中共某市委办公室", convener(all.get(0)));
        assertEquals(LocalDate.of(2025, 3, 1), all.get(0).date());
        assertEquals(List.of(), meetingsPublished("3月1日,党组会议传达贯彻全国档案局长馆长会议精神。", "2025-03-05"),
                "with no body before its form the session is the article's meeting told elsewhere");
    }

    @Test
    void aPressConferenceAWireReportLearnedItsNewsAtWasHeldThatDay() {
        List<MeetingItem> all = meetingsPublished("新华社北京8月24日电(记者王某)记者24日从中国侨联举行的新闻发布会上获悉,"
                + "第十次全国归侨侨眷代表大会将于8月29日至9月1日在京召开。", "2018-08-24");
        assertEquals(1, all.size(), all.toString());
        assertEquals("中国侨联新闻发布会", all.get(0).name());
        assertEquals("中国侨联", convener(all.get(0)));
        assertEquals(LocalDate.of(2018, 8, 24), all.get(0).date());
    }

    @Test
    void aMeetingHeldRightAfterAnotherIsHeldByTheSameBody() {
        List<MeetingItem> all = meetingsPublished("1月9日上午,某市档案局党组召开党组会议,学习领会全省档案局长会议精神。"
                + "随后召开了全局干部会议,传达学习全省档案局长会议精神。", "2017-01-10");
        assertEquals(List.of("某市档案局党组会议", "全局干部会议"), all.stream().map(MeetingItem::name).toList());
        assertEquals("某市档案局党组", convener(all.get(1)));
        assertEquals(LocalDate.of(2017, 1, 9), all.get(1).date());
    }

    @Test
    void anArchiveHoldsItsOwnMeeting() {
        MeetingItem m = meetingsPublished("1月3日,某市档案馆召开专题会议,传达学习全国档案工作会议精神。", "2020-01-08").get(0);
        assertEquals("某市档案馆专题会议", m.name());
        assertEquals("某市档案馆", convener(m));
    }

    @Test
    void aSpacedDayAndAReportersBracketAfterAWireDatelineStillDateAndNameTheMeeting() {
        MeetingItem spaced = meetingsPublished("9 25 日 ,某省粮食局在广州召开全省粮食局长座谈会,部署粮食工作。", "2014-09-26").get(0);
        assertEquals(LocalDate.of(2014, 9, 25), spaced.date());
        MeetingItem wired = meetingsPublished("每日甘肃网兰州4月19日讯(新甘肃·甘肃日报记者张某)省残联第七届主席团第四次全体会议今天在兰州召开。",
                "2022-04-20").get(0);
        assertEquals("省残联第七届主席团第四次全体会议", wired.name());
        assertEquals("省残联", convener(wired));
        assertEquals(LocalDate.of(2022, 4, 19), wired.date());
    }

    @Test
    void aSchoolOrACompanyThatCallsItselfSoConvenes() {
        List<String[]> cases = List.of(
                new String[] {"7月26日上午,学校召开党委常委(扩大)会议,专题学习全国教育工作会议精神。", "学校"},
                new String[] {"10月25日下午,集团召开党委(扩大)会议,深入学习党的二十大精神。", "集团"},
                new String[] {"5月7日,公司隆重召开庆祝建团100周年暨五四表彰大会,表彰先进典型。", "公司"},
                new String[] {"1月19日,某市交通运输系统召开会议传达学习全区交通运输工作会议精神。", "某市交通运输系统"});
        for (String[] c : cases) {
            List<MeetingItem> all = meetings(c[0]);
            assertEquals(1, all.size(), all.toString());
            assertEquals(c[1], convener(all.get(0)), c[0]);
        }
        assertEquals(null, convener(meetings("1月19日,全市交通运输系统召开会议传达学习全区交通运输工作会议精神。").get(0)),
                "the whole city's sector is a scope, no body");
    }

    @Test
    void aMeetingHeldAsAskedFromAboveIsHeld() {
        List<MeetingItem> all = meetings("根据中央和市委要求,5月10日上午,集团党委召开了“两学一做”学习教育工作动员大会。");
        assertEquals(List.of("“两学一做”学习教育工作动员大会"), all.stream().map(MeetingItem::name).toList());
        assertEquals(List.of(), meetings("会议要求,各单位要及时召开专题会议。"), "a demand is no meeting held");
    }

    @Test
    void aForumADatedLeadSaysABodyHeldIsHeld() {
        List<MeetingItem> all = meetings("10月16日,某街道开展人大代表座谈会。街道党工委书记陈某参加座谈会。");
        assertEquals(List.of("人大代表座谈会"), all.stream().map(MeetingItem::name).toList());
        assertEquals("某街道", convener(all.get(0)));
        assertEquals(List.of(), meetings("今年以来,某街道开展人大代表座谈会、走访调研等活动。"));
    }

    @Test
    void theWholeStaffsMeetingTakesItsBodysName() {
        MeetingItem m = meetings("10月22日,某县林业局召开干部职工大会,传达学习全会精神。").get(0);
        assertEquals("某县林业局干部职工大会", m.name());
    }

    @Test
    void aMeetingHeldBeforeOrOnTheDayOfTheArticlesTakesItsDay() {
        List<MeetingItem> all = meetingsPublished("7月23日,某省委会十一届十三次常委会议在杭州召开。主委蔡某主持会议。\n"
                + "蔡某指出,下阶段要深入学习贯彻有关会议精神。\n会前还召开了某省委会十一届二十四次主委会议。", "2025-07-28");
        assertEquals(2, all.size(), all.toString());
        assertEquals(LocalDate.of(2025, 7, 23), all.get(1).date(), all.get(1).name());
        List<MeetingItem> held = meetingsPublished("本报北京9月20日电 某联合会第八次全国代表大会20日上午在北京闭幕。\n"
                + "在19日下午举行的某联合会第八届主席团第一次全体会议上,通过了有关决议。", "2023-09-21");
        assertEquals(LocalDate.of(2023, 9, 19), held.get(held.size() - 1).date(), held.toString());
    }

    @Test
    void aClauseWithNoSubjectTakesTheBodyOfTheClauseBefore() {
        List<String[]> cases = List.of(
                new String[] {"省党代会闭幕以后,某省交通运输厅迅速行动,于10月19日上午组织党组理论学习中心组学习,传达学习党代会精神。",
                        "某省交通运输厅"},
                new String[] {"10月15日下午,在某市交通运输局三楼东会议室,召开10月份局长办公会议。", "某市交通运输局"},
                new String[] {"10月21日上午,某局督察组到永州开展耕地保护督察,并召开督察对接会。", "某局督察组"},
                new String[] {"10月10日,省安全生产第二督导组进驻我市,并于当天下午召开督导工作对接会。", "省安全生产第二督导组"});
        for (String[] c : cases) {
            List<MeetingItem> all = meetings(c[0]);
            assertEquals(1, all.size(), all.toString());
            assertEquals(c[1], convener(all.get(0)), c[0]);
        }
        assertEquals(null, convener(meetings("10月21日上午,甲某到永州调研,并召开座谈会。").get(0)), "a person is no body");
    }

    @Test
    void aCommitteesStudyGroupMeetsForItsCommittee() {
        MeetingItem m = meetings("2024年7月30日,市教卫工作党委理论学习中心组举行扩大学习会,学习党的二十届三中全会精神。").get(0);
        assertEquals("市教卫工作党委", convener(m));
        MeetingItem bureau = meetings("7月30日,某省统计局党组理论学习中心组举行集体学习会,学习全会精神。").get(0);
        assertEquals("某省统计局", convener(bureau));
    }

    @Test
    void aSecondMeetingNamedByItsFormOnlyIsTheFirstsBodys() {
        List<MeetingItem> all = meetings("10月22日,省政府党组书记、省长吴某先后主持召开省政府党组会议和常务会议,研究相关工作。");
        assertEquals(List.of("省政府党组会议", "省政府常务会议"), all.stream().map(MeetingItem::name).toList());
        assertEquals("省政府", convener(all.get(1)));
    }

    @Test
    void aStandingMembersTitleIsNoConvener() {
        MeetingItem m = meetings("4月20日,县委常委、常务副县长郑某主持召开农口重点项目调度会。").get(0);
        assertEquals(null, convener(m));
    }

    @Test
    void aMeetingNamedForTheSpiritItRelaysKeepsItsWholeName() {
        MeetingItem m = meetings("2月14日,某局副局长孙某召集分管单位召开全市应急管理工作会议精神专题宣贯会。").get(0);
        assertEquals("全市应急管理工作会议精神专题宣贯会", m.name());
        assertEquals("某局会议", meetings("2月14日,某局召开会议传达全市应急管理工作会议精神。").get(0).name(),
                "a meeting that relays a spirit still ends before it");
    }

    @Test
    void aSessionWhereSomeoneWasElectedWasHeld() {
        List<MeetingItem> all = meetings("10月16日下午,在圆满完成各项议程后,市第十六次妇女代表大会闭幕。\n"
                + "大会选举产生了市妇联第十六届执行委员会。在市妇联第十六届一次执委会议上,童某当选为妇联主席。");
        assertEquals(List.of("市第十六次妇女代表大会", "市妇联第十六届一次执委会议"), all.stream().map(MeetingItem::name).toList());
        assertEquals(LocalDate.of(2024, 10, 16), all.get(1).date());
        assertEquals("市妇联", convener(all.get(1)));
        assertEquals(1, meetings("10月16日,某局召开全体干部会议。在会议上,童某通过了考核。").size(), "the article's meeting again");
    }

    @Test
    void aMeetingPlannedInPartsOrLearnedOfIsNoneHeld() {
        assertEquals(List.of("某局党组会议"), meetings("10月16日,某局党组召开会议。为深入学习贯彻讲话精神,"
                + "省局党组理论学习中心组将分四期举行专题学习研讨会。").stream().map(MeetingItem::name).toList());
        assertEquals(List.of("集团专题会议"), meetings("6月1日,集团召开专题会议学习传达全国两会精神。"
                + "会议集中学习了政府工作报告解读和区委召开全区领导干部会议传达贯彻全国两会精神。").stream().map(MeetingItem::name).toList());
    }

    @Test
    void aTeaserForAnotherStoryBelowTheArticleIsNoPartOfIt() {
        List<MeetingItem> all = meetings("10月16日,某县召开食品安全工作会议,总结上半年全县食品安全工作,分析存在的问题,"
                + "安排部署了近期及下半年食品安全工作。副县长杜某出席会议并讲话。\n\n新闻推荐\n\n"
                + "某镇推进安全社区建设\n\n10月29日,某镇安全社区建设推进会召开。");
        assertEquals(List.of("食品安全工作会议"), all.stream().map(MeetingItem::name).toList());
    }
}
