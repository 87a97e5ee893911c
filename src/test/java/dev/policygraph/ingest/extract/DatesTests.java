package dev.policygraph.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

import dev.policygraph.ingest.script.Script;
import dev.policygraph.ingest.segment.Segmenter;

class DatesTests {

    private static Dateline.Found dateline(String text) {
        return new Dateline().find(new Doc(text, Script.simplify(text), new Segmenter().split(text)));
    }

    @Test
    void yearlessDateTakesThePublicationYear() {
        assertEquals(LocalDate.of(2020, 7, 16), MeetingDates.resolve(null, 7, 16, LocalDate.of(2020, 7, 17)));
    }

    @Test
    void reportPublishedFirstJanuaryAboutThirtiethDecemberIsTheYearBefore() {
        assertEquals(LocalDate.of(2020, 12, 30), MeetingDates.resolve(null, 12, 30, LocalDate.of(2021, 1, 1)));
    }

    @Test
    void explicitYearWinsAndNoYearNoPublicationIsUnknown() {
        assertEquals(LocalDate.of(2019, 3, 5), MeetingDates.resolve(2019, 3, 5, LocalDate.of(2021, 1, 1)));
        assertNull(MeetingDates.resolve(null, 3, 5, null));
        assertNull(MeetingDates.resolve(null, 2, 30, LocalDate.of(2021, 3, 1)));
    }

    @Test
    void datelineWithPublisherAfterTheTime() {
        Dateline.Found f = dateline("發布時間:2020-07-17 08:56:33 中國郵政快遞報社\n\n正文。");
        assertEquals(OffsetDateTime.parse("2020-07-17T08:56:33+08:00"), f.publishedAt());
        assertEquals("中國郵政快遞報社", f.publisher());
    }

    @Test
    void datelineWithChineseDateAndSource() {
        Dateline.Found f = dateline("2021年03月05日 10:20 來源:交通運輸部網站\n正文。");
        assertEquals(OffsetDateTime.parse("2021-03-05T10:20:00+08:00"), f.publishedAt());
        assertEquals("交通運輸部網站", f.publisher());
    }

    @Test
    void closingLineThatIsOnlyADateIsTheDateline() {
        String body = "7月29日,某市交通运输局召开党组会议," + "研究部署下一步工作".repeat(50) + "。"; // past the head
        assertEquals(OffsetDateTime.parse("2023-07-31T00:00:00+08:00"),
                dateline(body + "\n局长某某主持会议。\n(2023年7月31日)").publishedAt());
        assertEquals(OffsetDateTime.parse("2021-03-05T00:00:00+08:00"),
                dateline(body + "\n发布日期:2021-03-05\n").publishedAt());
        assertNull(dateline(body + "\n会议总结了2020年12月31日以前的工作。").publishedAt(),
                "a date inside the closing sentence is no dateline");
    }

    @Test
    void partOfAMonthGivesTheMonth() {
        var text = "发布时间:2023-11-20 09:00:00 某市交通运输局\n\n11月上旬,某市交通运输局召开党组会议,传达学习全省交通运输工作会议精神。";
        var doc = new Doc(text, Script.simplify(text), new Segmenter().split(text));
        MeetingFinder.Lead lead = new MeetingFinder(new Organizations()).find(doc, LocalDate.of(2023, 11, 20));
        assertEquals(LocalDate.of(2023, 11, 1), lead.date());
        assertEquals(dev.policygraph.ingest.MeetingItem.DatePrecision.MONTH, lead.precision());
        assertEquals("某市交通运输局", lead.convener().name());
    }

    @Test
    void aLunarNewYearDayNeedsTheYear() {
        assertEquals(LocalDate.of(2023, 1, 28), MeetingDates.resolveLunar(7, LocalDate.of(2023, 1, 31)));
        assertEquals(LocalDate.of(2023, 2, 5), MeetingDates.resolveLunar(15, LocalDate.of(2023, 3, 1)));
        assertEquals(LocalDate.of(2022, 2, 15), MeetingDates.resolveLunar(15, LocalDate.of(2023, 1, 10)),
                "published before the lunar year's 15th day: the year before");
        assertNull(MeetingDates.resolveLunar(7, null));
    }

    @Test
    void countsInDigitsOrChineseNumerals() {
        assertEquals(7, MeetingDates.count("七"));
        assertEquals(15, MeetingDates.count("十五"));
        assertEquals(25, MeetingDates.count("二十五"));
        assertEquals(25, MeetingDates.count("廿五"));
        assertEquals(100, MeetingDates.count("一百"));
        assertEquals(105, MeetingDates.count("一百零五"));
        assertEquals(110, MeetingDates.count("110"));
        assertEquals(-1, MeetingDates.count("多"));
    }

    @Test
    void anAddressWithAYearsFolderAndADaysGivesThatDay() {
        assertEquals(LocalDate.of(2022, 3, 15), UrlDate.of("https://www.example.gov.cn/html/news/2022/ABCDEFGH_0315/1234.html"));
        assertNull(UrlDate.of("https://www.example.gov.cn/xw/2022/1442.shtml"), "a year's folder alone: a page kept, not dated");
    }

    @Test
    void aDayFirstDateAndTimeOnALineOfItsOwnIsTheDateline() {
        Dateline.Found f = dateline("某县召开会议\n\n08.03.2019  10:05\n\n3月7日,某县召开会议。");
        assertEquals(OffsetDateTime.parse("2019-03-08T10:05+08:00"), f.publishedAt());
        assertNull(dateline("某县召开会议\n\n共有08.03.2019人\n\n3月7日,某县召开会议。").publishedAt());
    }

    @Test
    void aMonthsFolderBeforeAPageNumberGivesTheMonthNotADay() {
        assertEquals(LocalDate.of(2010, 4, 30), UrlDate.of("http://example.cn/content/2010-04/1661.html"));
        assertEquals(LocalDate.of(2016, 1, 31), UrlDate.of("http://m.example.cn/n/201601/302469.html"));
        assertEquals(LocalDate.of(2025, 12, 31), UrlDate.of("http://www.example.com/news/mj/2025123118122215788.htm"));
        assertEquals(LocalDate.of(2020, 12, 14), UrlDate.of("http://example.cn/2020-12-14/5.html"));
    }

    @Test
    void aYearAndMonthFolderWrittenWithTheirInitialsGivesTheMonth() {
        assertEquals(LocalDate.of(2014, 6, 30), UrlDate.of("http://example.cn/cwhy/2014n/6y/14j117ccwhy/content/post_3013052.html"));
        assertNull(UrlDate.of("http://example.cn/2014n/content/post_1.html"));
    }

    @Test
    void foldersOfAYearAMonthAndADayWithoutLeadingZerosDateThePage() {
        assertEquals(LocalDate.of(2025, 3, 24), UrlDate.of("https://wsb.example.gov.cn/art/2025/3/24/art_2934_512588.html"));
        assertEquals(LocalDate.of(2017, 2, 27), UrlDate.of("http://www.example.gov.cn/10462/10464/2017/2/27/10415290.shtml"));
        assertEquals(LocalDate.of(2025, 12, 31), UrlDate.of("http://example.cn/news/2025/12/1.html"), "a page number, no day");
    }

    @Test
    void aFolderOfATwoDigitYearMonthAndDayDatesThePage() {
        assertEquals(LocalDate.of(2021, 6, 4), UrlDate.of("https://example.cn/a/news/210604/880946.shtml"));
        assertEquals(LocalDate.of(2006, 2, 28), UrlDate.of("https://example.cn/manage/200602/24078.html"),
                "a four-digit year's month stays a month");
        assertNull(UrlDate.of("https://example.cn/content/646841/68/14127824.html"), "a number that is no date");
    }
}
