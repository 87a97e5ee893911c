package dev.policygraph.ingest.clean;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import java.util.regex.Matcher;

import dev.policygraph.ingest.RejectedArticleException;
import dev.policygraph.ingest.lexicon.HeadedPattern;
import dev.policygraph.ingest.script.Han;

/** Refuses input that cannot be an article; messages say what and where. */
public final class InputGuard {

    /** Default size limit: 1 MB of UTF-8. */
    public static final int DEFAULT_MAX_BYTES = 1 << 20;
    private static final HeadedPattern TAG = HeadedPattern.compile("(?=[<])</?[a-zA-Z][a-zA-Z0-9]*(\\s[^<>]*)?/?>");
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
        if (utf8Length(raw, maxBytes) > maxBytes) {
            throw new RejectedArticleException("TOO_LARGE", "the article is more than " + maxBytes
                    + " bytes of UTF-8, the limit (policygraph.ingest.max-article-bytes)");
        }
        int lone = unpairedSurrogate(raw);
        if (lone >= 0) {
            throw new RejectedArticleException("INVALID_ENCODING", "unpaired UTF-16 surrogate at offset " + lone
                    + " (half of a character: the text was cut or mis-encoded); it cannot be stored as written");
        }
        int bad = raw.indexOf('\uFFFD');
        if (bad >= 0) {
            throw new RejectedArticleException("INVALID_ENCODING", "U+FFFD replacement character at offset " + bad
                    + " (the text was decoded from invalid UTF-8); " + count(raw, '\uFFFD') + " in all");
        }
        HeadedPattern.Scan found = TAG.scan(raw);
        Matcher m = found.matcher();
        int tags = 0;
        int first = -1;
        while (found.find()) {
            if (first < 0) {
                first = m.start();
            }
            if (++tags >= HTML_TAGS) {
                throw new RejectedArticleException("HTML_NOT_TEXT", "the text looks like HTML: at least " + tags
                        + " tags, the first at offset " + first + "; send the extracted article text");
            }
        }
    }

    /** UTF-8 length of the text, or a number above {@code stopAbove} as soon as that is certain. */
    static long utf8Length(CharSequence text, long stopAbove) {
        long bytes = 0;
        for (int i = 0; i < text.length() && bytes <= stopAbove; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3; // BMP, or a lone surrogate (refused later as INVALID_ENCODING)
            }
        }
        return bytes;
    }

    /** Longest source address accepted. */
    public static final int MAX_URL_CHARS = 2048;

    /** Earliest publication day accepted: the People's Republic's first. */
    public static final LocalDate EARLIEST = LocalDate.of(1949, 10, 1);

    /**
     * The caller's source address: absent, an http(s) address with a host, or a {@code urn:} name (the seed loader
     * and tests name local files so), of at most {@link #MAX_URL_CHARS} characters. Never {@code javascript:} or
     * {@code file:}: a dashboard may render it as a link.
     */
    public void checkSourceUrl(String url) {
        if (url == null || url.isEmpty()) {
            return;
        }
        if (url.length() > MAX_URL_CHARS) {
            throw new RejectedArticleException("BAD_SOURCE_URL", "sourceUrl is " + url.length()
                    + " characters; at most " + MAX_URL_CHARS + " are accepted");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new RejectedArticleException("BAD_SOURCE_URL", "sourceUrl is not a valid address (" + e.getReason()
                    + " at index " + e.getIndex() + "); expected http:// or https:// followed by a host");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        boolean web = (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        if (!web && !scheme.equals("urn")) {
            throw new RejectedArticleException("BAD_SOURCE_URL", "sourceUrl must be an http:// or https:// address"
                    + " with a host");
        }
    }

    /** A publication time the caller gives must fall between {@link #EARLIEST} and tomorrow. */
    public void checkPublishedAt(OffsetDateTime publishedAt, LocalDate today) {
        if (publishedAt != null && !plausible(publishedAt, today)) {
            throw new RejectedArticleException("BAD_PUBLISHED_AT", "publishedAt must fall between " + EARLIEST
                    + " and " + today.plusDays(1) + "; got year " + publishedAt.getYear());
        }
    }

    /** Between {@link #EARLIEST} and tomorrow (time zones ahead of the server's). */
    public static boolean plausible(OffsetDateTime time, LocalDate today) {
        LocalDate day = time.toLocalDate();
        return !day.isBefore(EARLIEST) && !day.isAfter(today.plusDays(1));
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
                if (Han.is(c)) {
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

    /** Offset of the first surrogate that is not half of a pair, or -1. */
    static int unpairedSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                } else {
                    return i;
                }
            } else if (Character.isLowSurrogate(c)) {
                return i;
            }
        }
        return -1;
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
