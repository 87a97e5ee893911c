package dev.policygraph.graph.store;

/** A transaction ran past its time limit and the database ended it. */
public class StoreTimeoutException extends RuntimeException {

    public StoreTimeoutException(String message, Throwable cause) {
        super(message, cause);
    }
}
