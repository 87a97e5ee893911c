package dev.policygraph.embedded;

/** The embedded database cannot start for a reason the user can fix; the message says how. */
public class EmbeddedStartException extends RuntimeException {

    public EmbeddedStartException(String message) {
        super(message, null, false, false);
    }
}
