package dev.policygraph.ingest;

/**
 * The article cannot be ingested at all (empty, too large, not text, not Chinese). Nothing is stored.
 *
 * @see #code() stable code a client can switch on, e.g. {@code EMPTY_TEXT}, {@code TOO_LARGE}
 */
public class RejectedArticleException extends RuntimeException {

    private final String code;

    public RejectedArticleException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
