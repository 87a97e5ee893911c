package dev.policygraph.ingest.clean;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.policygraph.ingest.RejectedArticleException;

/** Refuses input that cannot be an article; messages say what and where. */
public final class InputGuard {

    /** Default size limit: 1 MB of UTF-8. */
    public static final int DEFAULT_MAX_BYTES = 1 << 20;
    private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][a-zA-Z0-9]*(\\s[^<>]*)?/?>");
    private static final int HTML_TAGS = 5;
    private static final double MIN_HAN_SHARE = 0.2;

    private final int maxBytes;

    public InputGuard(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** Checks on the raw text, before any cleaning. */
    public void checkRaw(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new RejectedArticleException("EMPTY_TEXT", "the text is empty or only whitespace");
        }
        long bytes = raw.length() <= maxBytes / 3 ? raw.length() : raw.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > maxBytes) {
            throw new RejectedArticleException("TOO_LARGE",
                    "the text is " + bytes + " bytes of UTF-8, over the limit of " + maxBytes + " bytes");
        }
        int bad = raw.indexOf('\uFFFD');
        if (bad >= 0) {
            throw new RejectedArticleException("INVALID_ENCODING", "U+FFFD replacement character at offset " + bad
                    + " (the text was decoded from invalid UTF-8); " + count(raw, '\uFFFD') + " in all");
        }
        Matcher m = TAG.matcher(raw);
        int tags = 0;
        int first = -1;
        while (m.find()) {
            if (first < 0) {
                first = m.start();
            }
            if (++tags >= HTML_TAGS) {
                throw new RejectedArticleException("HTML_NOT_TEXT", "the text looks like HTML: at least " + tags
                        + " tags, the first at offset " + first + "; send the extracted article text");
            }
        }
    }

    /** Checks on the cleaned text. */
    public void checkClean(String clean) {
        if (clean.isBlank()) {
            throw new RejectedArticleException("EMPTY_TEXT", "nothing is left after removing page chrome and noise");
        }
        int han = 0;
        int visible = 0;
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            if (!Character.isWhitespace(c)) {
                visible++;
                if (c >= 0x3400 && c <= 0x9FFF) {
                    han++;
                }
            }
        }
        if (han < MIN_HAN_SHARE * visible) {
            throw new RejectedArticleException("NOT_CHINESE", String.format(
                    "only %d of %d visible characters (%.0f%%) are Chinese after cleaning; at least %.0f%% required",
                    han, visible, 100.0 * han / Math.max(1, visible), 100 * MIN_HAN_SHARE));
        }
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
