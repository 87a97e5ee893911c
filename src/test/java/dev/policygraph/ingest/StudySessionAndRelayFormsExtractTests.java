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
 * Forms found by reading the extractor's output on unlabelled real reports of study sessions, party-group meetings,
 * cadre meetings, visits and trainings (which meetings are reported, their dates, what they relay), each seen in more
 * than one of them or plainly a common shape of the genre. Texts written for these tests. Pure, fast.
 */
class StudySessionAndRelayFormsExtractTests {

    private static List<String> names(ArticleGraph g) {
        return g.meetings().stream().map(MeetingItem::name).toList();
    }

    private static List<String> relays(MeetingItem m) {
        return m.relays().stream().map(RelayRef::meetingName).toList();
    }

    @Test
    void aCentreGroupsStudyHeldByKaiZhanJuXingOrJinXingIsReported() {
        ArticleGraph g = extract("发布时间:2019-11-02\n\n11月1日,学校党委理论学习中心组在某会议室开展理论学习,专题学习党的十九届四中全会"
                + "精神。会议由党委书记张某某主持。");
        MeetingItem m = only(g);
        assertEquals(LocalDate.of(2019, 11, 1), m.date());
        assertEquals(Set.of("CHAIRED"), RolesAt.of(g, m, "张某某"));
        assertEquals(List.of("党的十九届四中全会"), relays(m));

        ArticleGraph h = extract("发布时间:2019-03-29\n\n3月28日上午,市委办举行处级中心组暨全员政治理论学习。市委常务副秘书长胡某某主持并讲话。");
        assertEquals(List.of("处级中心组暨全员政治理论学习"), names(h));

        ArticleGraph k = extract("发布时间:2016-03-19\n\n3月18日上午,在三号楼小会议室,学校中心组成员进行本学期开学后的第一次集体政治学习,"
                + "学习会由党委书记乔某某主持。");
        assertEquals(LocalDate.of(2016, 3, 18), only(k).date());
        assertEquals(Set.of("CHAIRED"), RolesAt.of(k, only(k), "乔某某"));

        ArticleGraph x = extract("发布时间:2023-03-24\n\n系党委理论中心组于3月23日开展2023年第2次集体(扩大)学习。系党委副书记王某同志主持学习。");
        assertEquals(LocalDate.of(2023, 3, 23), only(x).date());

        // 开展了: the 了 is the verb's, not the study's name
        ArticleGraph y = extract("发布时间:2022-06-01\n\n5月23日,医院党委理论学习中心组全体成员在会议室开展了集中学习。党委书记、院长邢某生主持。");
        assertEquals(List.of("集中学习"), names(y));
        assertEquals(Set.of("CHAIRED"), RolesAt.of(y, only(y), "邢某生"));
    }

    @Test
    void aCongresssReportOrAPlenumsCommuniqueStudiedIsARelay() {
        ArticleGraph g = extract("3月22日,某街道关工委召开工作会议。会上,在街道关工委副主任林某宁带领下,认真学习了党的二十大报告。");
        assertEquals(List.of("党的二十大"), relays(only(g)));
        ArticleGraph h = extract("3月12日晚,县林业局召开党组会议,学习党的十九届三中全会公报。局长徐某主持会议。");
        assertEquals(List.of("党的十九届三中全会"), relays(only(h)));
    }

    @Test
    void aPlenumWrittenWithThePartyNamedTwoWaysIsOneRelay() {
        ArticleGraph g = extract("11月4日,学校党委学习中心组召开会议,学习党的十九届四中全会精神。党委书记王某主持会议。"
                + "首先,由办公室主任谭某华传达中共十九届四中全会精神。");
        assertEquals(List.of("党的十九届四中全会"), relays(only(g)));
    }

    @Test
    void aRelayedMeetingNamedForRelayingDoesNotCutTheList() {
        ArticleGraph g = extract("10月26日上午,市政协党组书记、主席章某主持召开市政协党组(扩大)会议,传达学习党的二十大精神,"
                + "以及省委常委扩大会议、全省传达学习党的二十大精神大会、市委理论学习中心组学习会议精神。");
        List<String> r = relays(only(g));
        assertTrue(r.contains("省委常委扩大会议"), r.toString());
        assertTrue(r.contains("市委理论学习中心组学习会议"), r.toString());
        assertTrue(r.stream().anyMatch(x -> x.startsWith("全省传达学习党的二十大")), r.toString());
    }

    @Test
    void aStudyWordInsideALongerWordIsNoMeeting() {
        ArticleGraph g = extract("发布时间:2021-03-26\n\n县局党委把青年理论学习作为党建工作的重要内容,由机关党委具体负责组织实施青年理论学习"
                + "提升工程,协调推进各项事宜。");
        assertTrue(g.meetings().isEmpty(), g.meetings().toString());
    }

    @Test
    void aPlaceAfterAStudysNameIsNoPartOfIt() {
        ArticleGraph g = extract("发布时间:2025-12-12\n\n12月9日,某街道党工委理论学习中心组集体学习在某管委会举行。某街道党工委书记黄某某主持"
                + "并讲话。");
        assertEquals(List.of("某街道党工委理论学习中心组集体学习"), names(g));
    }

    @Test
    void aReportMeetingNamedForASpiritAndJoinedToAStudyIsReported() {
        ArticleGraph g = extract("发布时间:2025-12-12\n\n为深入学习宣传贯彻党的二十届四中全会精神,12月9日,学习贯彻党的二十届四中全会精神"
                + "区委宣讲团某街道报告会暨某街道党工委理论学习中心组集体(扩大)学习在某管委会举行。区委党校张某作宣讲报告,"
                + "某街道党工委书记黄某某主持报告会并讲话。");
        MeetingItem m = only(g);
        assertEquals("学习贯彻党的二十届四中全会精神区委宣讲团某街道报告会暨某街道党工委理论学习中心组集体(扩大)学习", m.name());
        assertEquals(LocalDate.of(2025, 12, 9), m.date());
        assertTrue(relays(m).contains("党的二十届四中全会"), relays(m).toString());
    }

    @Test
    void aSessionToldAsBackgroundOfTheStudyIsRelayedNotHeld() {
        ArticleGraph g = extract("发布时间:2019-11-02\n\n11月1日,学校党委理论学习中心组在某会议室开展理论学习,专题学习中国共产党第十九届中央"
                + "委员会第四次全体会议精神。会议由党委书记张某某主持。\n10月28日至31日,中国共产党第十九届中央委员会第四次全体会议在"
                + "北京举行,全会审议通过了《决定》。");
        MeetingItem m = only(g);
        assertEquals(LocalDate.of(2019, 11, 1), m.date());
        assertEquals(List.of("中国共产党第十九届中央委员会第四次全体会议"), relays(m));
    }

    @Test
    void aPurposeClauseThatHasCadresGraspThePlenumAddsNoSecondRelay() {
        ArticleGraph g = extract("发布时间:2025-12-12\n\n为深入学习宣传贯彻党的二十届四中全会精神,引导广大党员干部深刻领会全会精神实质,统一思想、"
                + "凝聚共识,12月9日,某街道党工委理论学习中心组集体学习在某管委会举行。某街道党工委书记黄某某主持并讲话。");
        assertEquals(List.of("党的二十届四中全会"), relays(only(g)));
    }

    @Test
    void theTopicOfASpeechRelayedIsNoRelayOfItsOwn() {
        ArticleGraph g = extract("发布时间:2017-10-28\n\n10月27日,某区召开全区党政干部大会。大会全面传达学习了党的十九大精神,传达了市委书记"
                + "陈某某就学习十九大精神所做的重要讲话。");
        assertEquals(List.of("党的十九大"), relays(only(g)));
    }

    @Test
    void aCongressWhoseMainTaskIsToImplementSpiritsRelaysThem() {
        ArticleGraph g = extract("发布时间:2014-08-06\n\n8月5日,某州妇女第十一次代表大会在州委报告厅举行。会议的主要任务是学习贯彻党的十八大、"
                + "十八届三中全会和州委七届六次全会精神,回顾总结过去五年全州妇女工作。");
        assertEquals(List.of("党的十八大", "十八届三中全会", "州委七届六次全会"), relays(only(g)));
    }

    @Test
    void aLeaderWhoSetsDemandsOnImplementingASpiritGivesATopicNotARelay() {
        ArticleGraph g = extract("发布时间:2024-02-08\n\n2月7日,某局召开全面从严治党工作会议。某局党委委员李某就深入学习贯彻党的二十大和"
                + "二十届中央纪委三次全会精神,切实加强党风廉政建设提出工作要求。");
        assertEquals(List.of(), relays(only(g)));
    }

    @Test
    void aListOfSpeechesArticlesAndMeetingsEachInAClauseOfItsOwnRelaysTheMeetings() {
        ArticleGraph g = extract("发布时间:2025-09-20\n9月19日,某市法院召开党组理论学习中心组学习会。会议传达学习习近平总书记在纪念大会上的重要讲话,"
                + "习近平总书记在听取工作汇报时的重要指示精神,《求是》杂志发表习近平总书记重要文章《纵深推进全国统一大市场建设》,"
                + "8月29日中共中央政治局会议精神,省委十四届八次全会、某市委八届八次全会精神。");
        assertEquals(List.of("中共中央政治局会议", "省委十四届八次全会", "某市委八届八次全会"), relays(only(g)));
    }

    @Test
    void aSpeakersCallToImplementASpiritIsNoRelay() {
        ArticleGraph g = extract("发布时间:2019-02-20\n\n2月19日,某医院召开职工代表大会。院长张某作工作报告。他指出,2018年全院上下认真学习"
                + "贯彻党的十九大精神,积极响应医改。");
        assertEquals(List.of(), relays(only(g)));

        ArticleGraph h = extract("发布时间:2008-01-06\n\n1月5日,全国交通工作会议在京召开。部长李某作工作报告。他强调,认真贯彻"
                + "党的十七大精神,不断提高服务能力。");
        assertEquals(List.of(), relays(only(h)));
    }
}
