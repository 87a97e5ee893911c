package dev.policygraph.api;

import io.smallrye.graphql.api.ErrorCode;

@ErrorCode("invalid-argument")
public class InvalidArgumentException extends ApiException {

    public InvalidArgumentException(String message) {
        super(message);
    }
}
