package dev.policygraph.ingest.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class SegmenterTests {

    @Test
    void sentencesEndAtStopsAndLineBreaksWithOffsets() {
        String t = "甲乙。丙丁!\n戊己;庚辛。";
        List<Sentence> s = new Segmenter().split(t);
        assertEquals(List.of("甲乙。", "丙丁!", "戊己;庚辛。"), s.stream().map(Sentence::text).toList());
        for (Sentence x : s) {
            assertEquals(x.text(), t.substring(x.start(), x.end()));
        }
        assertEquals(0, s.get(1).paragraph());
        assertEquals(1, s.get(2).paragraph());
    }

    @Test
    void semicolonClausesStayAccessible() {
        String t = "要以甲为重点,乙;要以丙为重点,丁。";
        Sentence s = new Segmenter().split(t).get(0);
        assertEquals(2, s.clauses().size());
        assertEquals("要以丙为重点,丁。", t.substring(s.clauses().get(1).start(), s.clauses().get(1).end()));
    }
}
