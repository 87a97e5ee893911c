package dev.policygraph.cascade;

/** A trace would take more work than its bound allows; the message says which bound. */
public class TraceTooLargeException extends RuntimeException {

    public TraceTooLargeException(String message) {
        super(message);
    }
}
