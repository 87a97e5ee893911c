package dev.policygraph.security;

import java.util.LinkedHashMap;
import java.util.Map;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;

/** GraphQL errors for requests refused before execution; {@code extensions.code} is what a client switches on. */
final class Refusal {

    /** The classification shown in {@code extensions.classification}. */
    enum Kind implements ErrorClassification {
        Unauthorized, LimitExceeded, Unsupported, InvalidArgument
    }

    static final String UNAUTHORIZED = "unauthorized";
    static final String LIMIT_EXCEEDED = "limit-exceeded";
    static final String UNSUPPORTED = "unsupported-query";
    static final String INVALID_ARGUMENT = "invalid-argument";

    private Refusal() {
    }

    static GraphQLError unauthorized(String message) {
        return GraphqlErrorBuilder.newError().message(message).errorType(Kind.Unauthorized)
                .extensions(Map.of("code", UNAUTHORIZED)).build();
    }

    static GraphQLError limit(DocumentLimits.Violation violation) {
        var extensions = new LinkedHashMap<String, Object>();
        extensions.put("code", LIMIT_EXCEEDED);
        extensions.put("limit", violation.configKey());
        return GraphqlErrorBuilder.newError().message(violation.message()).errorType(Kind.LimitExceeded)
                .extensions(extensions).build();
    }

    static GraphQLError invalidArgument(String message) {
        return GraphqlErrorBuilder.newError().message(message).errorType(Kind.InvalidArgument)
                .extensions(Map.of("code", INVALID_ARGUMENT)).build();
    }

    static GraphQLError unsupported(String message) {
        return GraphqlErrorBuilder.newError().message(message).errorType(Kind.Unsupported)
                .extensions(Map.of("code", UNSUPPORTED)).build();
    }
}
