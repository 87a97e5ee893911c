package dev.policygraph.api;

import dev.policygraph.ingest.script.Script;

/** Search text as the graph stores it: simplified script (the same conversion as ingest), trimmed. Null when there is nothing to search for. */
final class Search {

    private Search() {
    }

    /**
     * @param max longest text accepted ({@code policygraph.api.max-search-chars}); a longer one is refused before any
     *            work is spent on it
     */
    static String normalise(String argument, String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        if (stripped.length() > max) {
            throw new InvalidArgumentException(argument + " is " + stripped.length() + " characters; at most " + max
                    + " are accepted (policygraph.api.max-search-chars)");
        }
        return Script.simplify(stripped);
    }
}
