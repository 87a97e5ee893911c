package dev.policygraph.security;

import jakarta.enterprise.context.ApplicationScoped;

import dev.policygraph.config.PolicygraphConfig;
import dev.policygraph.ingest.RejectedArticleException;

/**
 * Refuses an article larger than {@code policygraph.ingest.max-article-bytes} (UTF-8) before extraction spends any
 * time on it. Counting stops as soon as the limit is passed.
 */
@ApplicationScoped
public class ArticleSizeLimit {

    public static final String TOO_LARGE = "TOO_LARGE";

    private final int maxBytes;

    @jakarta.inject.Inject
    public ArticleSizeLimit(PolicygraphConfig config) {
        this(config.ingest().maxArticleBytes());
    }

    ArticleSizeLimit(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** @throws RejectedArticleException with code {@value #TOO_LARGE} when the text is over the limit */
    public void check(String text) {
        if (text != null && utf8Length(text, maxBytes) > maxBytes) {
            throw new RejectedArticleException(TOO_LARGE, "the article is more than " + maxBytes
                    + " bytes of UTF-8, the limit (policygraph.ingest.max-article-bytes)");
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
                bytes += 3; // BMP, or a lone surrogate (encoded as '?' would be 1, count high to be safe)
            }
        }
        return bytes;
    }
}
