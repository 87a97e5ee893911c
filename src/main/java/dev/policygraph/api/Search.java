package dev.policygraph.api;

import com.hankcs.hanlp.HanLP;

/** Search text as the graph stores it: simplified script, trimmed. Null when there is nothing to search for. */
final class Search {

    private Search() {
    }

    static String normalise(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return HanLP.convertToSimplifiedChinese(text.strip());
    }
}
