package dev.policygraph.ingest.clean;

import java.util.List;

import dev.policygraph.ingest.Warning;

/** The cleaned text, its map back to raw offsets, and every repair or cut as a warning with raw offsets. */
public record CleanResult(MappedText clean, List<Warning> warnings) {

    public String text() {
        return clean.text();
    }
}
