package dev.policygraph.graph.store;

/** The database cannot be reached (a server that is down or unreachable, an embedded one shutting down). */
public class StoreUnavailableException extends RuntimeException {

    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
