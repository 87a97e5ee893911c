package dev.policygraph.ingest;

import static dev.policygraph.ingest.Extracted.extract;
import static dev.policygraph.ingest.Extracted.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/**
 * Years an undated report gives a reader who knows the genre (session 17's dev misses): the study campaign it is
 * written in, the count of a day kept each year. Texts written for these tests. Pure, fast.
 */
class YearsAReaderKnowsExtractTests {

    private static final ArticleExtractor EXTRACTOR = new ArticleExtractor();

    @Test
    void aReportWrittenInAStudyCampaignIsInTheCampaignsMonths() {
        ArticleGraph g = extract("9月20日,某镇召开“不忘初心、牢记使命”主题教育动员部署会议。镇党委书记王某主持会议。");
        assertEquals(LocalDate.of(2019, 9, 20), only(g).date());

        // the campaign ran into January: its summing-up meeting is the next year's
        ArticleGraph h = extract("1月8日,某局召开“不忘初心、牢记使命”主题教育总结大会。局党组书记李某主持会议。");
        assertEquals(LocalDate.of(2020, 1, 8), only(h).date());

        ArticleGraph i = extract("3月16日,某省体育局召开党史学习教育动员大会。局党组书记张某主持会议并讲话。");
        assertEquals(LocalDate.of(2021, 3, 16), only(i).date());
    }

    @Test
    void aDayAfterACampaignEndedInItsYearStaysInThatYear() {
        ArticleGraph g = extract("9月26日,某盟委召开会议,传达学习深入贯彻中央八项规定精神学习教育总结会议精神。盟委书记赵某主持会议。");
        assertEquals(LocalDate.of(2025, 9, 26), only(g).date());
    }

    @Test
    void aDisciplinePlenumRelayedDatesTheRelayingMeeting() {
        // the discipline commission's plenum closed in January 2024: an undated relay of it that month is of that year
        ArticleGraph g = extract("1月16日,某县纪委监委召开会议,传达学习二十届中央纪委三次全会精神。县纪委书记周某主持会议。");
        assertEquals(LocalDate.of(2024, 1, 16), only(g).date());
    }

    @Test
    void aCampaignLookedBackOnGivesNoYear() {
        ArticleGraph g = extract("5月10日,某局召开党组会议,研究巩固拓展主题教育成果和党史学习教育成果。局党组书记陈某主持会议。");
        assertNull(only(g).date());
    }

    @Test
    void aCountedDayKeptEachYearGivesTheYear() {
        ArticleGraph g = extract("9月7日,某县召开庆祝第二十九个教师节暨全县教育工作会议。县委书记刘某出席会议并讲话。");
        assertEquals(LocalDate.of(2013, 9, 7), only(g).date());

        ArticleGraph h = extract("3月7日,某市妇联召开纪念第114个“三八”国际妇女节座谈会。市妇联主席孙某主持会议。");
        assertEquals(LocalDate.of(2024, 3, 7), only(h).date());
    }

    @Test
    void aCampaignsMeetingRepostedYearsLaterKeepsTheCampaignsYear() {
        ArticleGraph g = EXTRACTOR.extract(new ArticleInput("3月16日,某省体育局召开党史学习教育动员大会。局党组书记张某主持会议并讲话。",
                "http://www.example.gov.cn/2023/11-22/237338.html", null));
        assertEquals(LocalDate.of(2021, 3, 16), only(g).date());

        // its year written: as written
        ArticleGraph h = EXTRACTOR.extract(new ArticleInput("2023年3月16日,某省体育局召开党史学习教育动员大会。局党组书记张某主持会议并讲话。",
                "http://www.example.gov.cn/2023/11-22/237338.html", null));
        assertEquals(LocalDate.of(2023, 3, 16), only(h).date());
    }

    @Test
    void anUndatedReportIsWrittenAfterTheLastDayItTells() {
        ArticleGraph g = extract("1月11日,某区委召开常委会会议。区委书记王某主持会议。\n"
                + "会议传达学习了习近平总书记在2022年12月31日发表的二〇二三年新年贺词精神。");
        assertEquals(LocalDate.of(2023, 1, 11), only(g).date());

        // a deadline is not a day past
        ArticleGraph h = extract("3月5日,某区委召开常委会会议。区委书记王某主持会议。\n"
                + "会议指出,2022年以来整改有序推进,要求在2022年12月31日前全部完成。");
        assertEquals(LocalDate.of(2022, 3, 5), only(h).date());
    }
}
