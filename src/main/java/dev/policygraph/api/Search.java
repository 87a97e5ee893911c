package dev.policygraph.api;

import dev.policygraph.ingest.script.Script;

/** Search text as the graph stores it: simplified script (the same conversion as ingest), trimmed. Null when there is nothing to search for. */
final class Search {

    private Search() {
    }

    static String normalise(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return Script.simplify(text.strip());
    }
}
