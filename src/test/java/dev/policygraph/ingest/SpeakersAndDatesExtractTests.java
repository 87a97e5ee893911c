package dev.policygraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.policygraph.ingest.extract.MeetingDates;

/** Whole articles through the extractor: who spoke at the reported meeting, and when it was held. Pure, fast. */
class SpeakersAndDatesExtractTests {

    private final ArticleExtractor extractor = new ArticleExtractor();

    @Test
    void pronounAfterTheChairMakesTheChairASpeakerAtTheMeeting() {
        ArticleGraph g = extractor.extract(new ArticleInput("发布时间:2024-05-10 09:00:00 某市交通运输局\n\n"
                + "5月9日,某市交通运输局召开党组会议,传达学习省厅工作会议精神。局党组书记、局长梁振华主持会议。\n"
                + "他强调,要把安全生产放在首位,抓好汛期道路运输安全。", null, null));
        MeetingItem m = g.meetings().get(0);
        assertEquals(Set.of("CHAIRED", "SPOKE"), RolesAt.of(g, m, "梁振华"));
    }

    @Test
    void aHeadlinesShortConvenerGivesWayToTheLeadsFullOne() {
        ArticleGraph g = extractor.extract(new ArticleInput("莲都区应急管理局召开2024年安全生产工作推进会\n"
                + "发布时间:2024-04-12\n\n"
                + "4月11日下午,丽水市莲都区应急管理局召开2024年安全生产工作推进会。局长周某某主持会议并讲话。", null, null));
        assertEquals(1, g.meetings().size());
        assertEquals("丽水市莲都区应急管理局", g.meetings().get(0).convenedBy().name());
    }

    @Test
    void digitsRunTogetherReadAsMonthAndDayOnlyNearThePublication() {
        ArticleGraph g = extractor.extract(new ArticleInput("市交通运输局召开2023年第25次党组会议 2023-07-31\n\n"
                + "729日,市交通运输局召开2023年第25次党组会议,传达学习全省道路运输半年工作推进会议精神。"
                + "局长韩某某主持会议并讲话。", null, null));
        assertEquals(LocalDate.of(2023, 7, 29), g.meetings().get(0).date());
        assertEquals(LocalDate.of(2023, 7, 29), MeetingDates.resolveRun("729", LocalDate.of(2023, 7, 31)));
        assertEquals(LocalDate.of(2023, 12, 11), MeetingDates.resolveRun("1211", LocalDate.of(2023, 12, 20)));
        assertNull(MeetingDates.resolveRun("111", LocalDate.of(2023, 11, 20)), "1月11日 or 11月1日: not clear");
        assertNull(MeetingDates.resolveRun("729", LocalDate.of(2023, 10, 31)), "three months before: not a lost 月");
        assertNull(MeetingDates.resolveRun("1000", LocalDate.of(2023, 10, 31)), "no month and day in 1000");
    }

    @Test
    void documentNumberGivesTheYearWhenNothingElseDoes() {
        ArticleGraph g = extractor.extract(new ArticleInput("某县召开全县信访工作会议\n\n"
                + "3月6日,某县召开全县信访工作会议。会议由县信访局局长郭某某主持。会上学习了《关于做好全县信访工作的实施意见》"
                + "(某发〔2020〕6号)文件,并对全县信访工作进行了安排部署。", null, null));
        assertEquals(LocalDate.of(2020, 3, 6), g.meetings().get(0).date());
    }

    @Test
    void onlyYearWrittenBesideNextYearIsTheYearAfterTheMeeting() {
        String text = "某局党组召开扩大会议学习贯彻中央经济工作会议精神\n\n"
                + "12月25日,某局党组召开扩大会议,学习贯彻中央经济工作会议精神,研究部署明年工作。"
                + "会议指出,中央经济工作会议提出了2021年经济工作总体要求和政策取向。";
        assertEquals(LocalDate.of(2020, 12, 25), extractor.extract(new ArticleInput(text, null, null)).meetings().get(0).date());
        String without = text.replace("研究部署明年工作", "研究部署贯彻措施");
        assertEquals(LocalDate.of(2021, 12, 25), extractor.extract(new ArticleInput(without, null, null)).meetings().get(0).date(),
                "without 明年 the year written is the article's own");
    }

    @Test
    void sessionAwaitedDatesTheMeetingBeforeItAndSessionRelayedAfterIt() {
        String awaited = "8月23日,某部党组召开离退休老同志座谈会,听取老同志意见建议。老同志们希望部党组勇毅前行,"
                + "以优异成绩迎接党的二十大胜利召开。";
        assertEquals(LocalDate.of(2022, 8, 23), extractor.extract(new ArticleInput(awaited, null, null)).meetings().get(0).date());
        String relayed = "8月23日,某部党组召开离退休老同志座谈会,传达学习党的二十大精神,听取老同志意见建议。";
        assertEquals(LocalDate.of(2023, 8, 23), extractor.extract(new ArticleInput(relayed, null, null)).meetings().get(0).date());
    }

    @Test
    void sessionToBeHeldOrInItsYearDatesTheMeetingInTheSessionsYear() {
        String atmosphere = "今天(10月8日)上午,全市安全稳定工作推进会在市区召开,对全市安全生产再部署,"
                + "为党的二十大胜利召开营造良好氛围。";
        assertEquals(LocalDate.of(2022, 10, 8), extractor.extract(new ArticleInput(atmosphere, null, null)).meetings().get(0).date(),
                "a session whose holding is prepared for is still ahead");
        String itsYear = "3月21日,某县法院召开党组会议,学习贯彻全国两会精神。院长指出,今年的全国两会是在党的二十大召开之年召开的。";
        assertEquals(LocalDate.of(2022, 3, 21), extractor.extract(new ArticleInput(itsYear, null, null)).meetings().get(0).date());
        String itsYearLate = itsYear.replace("3月21日", "11月21日");
        assertEquals(LocalDate.of(2022, 11, 21), extractor.extract(new ArticleInput(itsYearLate, null, null)).meetings().get(0).date(),
                "in the session's year, also after its day");
        String relayed = atmosphere.replace("为党的二十大胜利召开营造良好氛围", "认真传达学习党的二十大精神");
        assertEquals(LocalDate.of(2023, 10, 8), extractor.extract(new ArticleInput(relayed, null, null)).meetings().get(0).date(),
                "a session relayed dates the text after it");
    }

    @Test
    void aSpanSinceASessionOrAPlansHorizonSaysNothingOfTheYear() {
        String since = "5月12日下午,学校召开党委常委(扩大)会议,传达学习高校工作咨询委员会全体会议精神。"
                + "部长回顾了党的十八大以来教育改革发展取得的成就。";
        assertEquals(null, extractor.extract(new ArticleInput(since, null, null)).meetings().get(0).date());
        String horizon = "7月26日上午,学校召开党委常委(扩大)会议,专题学习《国家中长期教育改革和发展规划纲要(2010-2020年)》。";
        assertEquals(null, extractor.extract(new ArticleInput(horizon, null, null)).meetings().get(0).date());
        String period = "10月28日,国务院新闻办公室举行新闻发布会。副主任甲介绍,从2015年到2019年底,我国居民人均预期寿命提高,"
                + "到2025年还将再提高1岁。";
        assertEquals(null, extractor.extract(new ArticleInput(period, null, null)).meetings().get(0).date(),
                "a period reviewed and a target are not the text's year");
    }

    @Test
    void theOnlyYearWrittenIsTheCurrentOneWhenItsWorkIsToldAsDone() {
        String done = "12月28日,省贸促会举行党组中心组扩大会议,学习贯彻全省经济工作会议精神。会议指出,贸促系统在2009年取得很大成绩,"
                + "要认真总结经验,部署明年工作。";
        assertEquals(LocalDate.of(2009, 12, 28), extractor.extract(new ArticleInput(done, null, null)).meetings().get(0).date());
        String created = "3月10日,某县召开打击整治专项行动推进会。县委常委杨某出席会议并讲话,要求为党的二十大胜利召开创造安全稳定的社会环境。";
        assertEquals(LocalDate.of(2022, 3, 10), extractor.extract(new ArticleInput(created, null, null)).meetings().get(0).date());
    }
}
