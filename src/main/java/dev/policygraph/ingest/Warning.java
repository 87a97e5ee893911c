package dev.policygraph.ingest;

/**
 * Something repaired, cut or not understood while reading an article.
 * Offsets are into the raw text as received; -1 when the warning concerns the whole article.
 *
 * @param code stable machine-readable code, e.g. {@code PINYIN_STRIPPED}, {@code MOJIBAKE_REPAIRED}, {@code NO_MEETING}
 */
public record Warning(String code, String message, int start, int end) {

    public static Warning ofArticle(String code, String message) {
        return new Warning(code, message, -1, -1);
    }
}
