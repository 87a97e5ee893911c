package dev.policygraph.api;

import org.eclipse.microprofile.graphql.Description;

@Description("A repair, cut or gap in reading an article. start/end are offsets into rawText, -1 for the whole article.")
public record ArticleWarning(
        @Description("Stable code, e.g. PINYIN_STRIPPED, MOJIBAKE_REPAIRED, MOJIBAKE_GUESSED, CHROME_CUT, NO_MEETING") String code,
        String message, int start, int end) {

    static ArticleWarning of(dev.policygraph.ingest.Warning w) {
        return new ArticleWarning(w.code(), w.message(), w.start(), w.end());
    }
}
