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
}
