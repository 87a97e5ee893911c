package dev.policygraph.api;

/**
 * An error the client caused or can act on. Its message is shown to the client (see
 * {@code quarkus.smallrye-graphql.show-runtime-exception-message}) and its {@code @ErrorCode} becomes
 * {@code extensions.code}.
 */
public class ApiException extends RuntimeException {

    public ApiException(String message) {
        super(message, null, false, false);
    }
}
