package dev.policygraph.api;

import io.smallrye.graphql.api.ErrorCode;

@ErrorCode("database-unavailable")
public class DatabaseUnavailableException extends ApiException {

    public DatabaseUnavailableException(Throwable cause) {
        super("The graph database is unavailable (" + cause.getMessage() + "); try again shortly.");
    }
}
