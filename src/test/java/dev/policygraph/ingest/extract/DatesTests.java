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
}
