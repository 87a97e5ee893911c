package dev.policygraph.api;

import io.smallrye.graphql.api.ErrorCode;

/** A request asked for more than a configured limit allows; the message names the limit and its setting. */
@ErrorCode("limit-exceeded")
public class LimitExceededException extends ApiException {

    public LimitExceededException(String message) {
        super(message);
    }
}
