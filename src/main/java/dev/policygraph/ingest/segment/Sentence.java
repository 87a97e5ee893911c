package dev.policygraph.ingest.segment;

import java.util.List;

/**
 * A sentence of the cleaned text: ends at 。!? or a line break. {@code clauses} are its ;-separated parts
 * (the genre lists tasks as 要以…;要以…), each as [start, end) into the cleaned text.
 *
 * @param index     0-based position in the article
 * @param paragraph 0-based paragraph (line) index
 */
public record Sentence(int index, int paragraph, int start, int end, String text, List<Span> clauses) {

    /** A [start, end) span of the cleaned text. */
    public record Span(int start, int end) {
    }
}
