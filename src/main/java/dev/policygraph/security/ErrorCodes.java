package dev.policygraph.security;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import graphql.ErrorType;
import graphql.ExceptionWhileDataFetching;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.parser.ParserOptions;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLSchema;
import graphql.validation.ValidationError;

import io.quarkus.security.UnauthorizedException;

/**
 * Every error a client sees carries {@code extensions.code}. graphql-java's syntax and validation errors get
 * {@code invalid-query} (a wrong enum value also gets the allowed values), a variable that does not fit its type
 * {@code invalid-argument}; the platform's refusal of a mutation
 * without a key gets words saying what to send. This changes wording only, never a decision.
 */
final class ErrorCodes extends SimplePerformantInstrumentation {

    static final String INVALID_QUERY = "invalid-query";

    static final String NEEDS_KEY = "A bearer token is needed for mutations: send the header 'Authorization: Bearer"
            + " <key>' with a key from policygraph.security.ingest-keys. Nothing was changed.";

    private static final Pattern ENUM = Pattern.compile("is not a valid '(\\w+)'");

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        if (result.getErrors().stream().noneMatch(e -> e instanceof ValidationError || syntax(e) || coercion(e)
                || unauthorized(e))) {
            return CompletableFuture.completedFuture(result);
        }
        GraphQLSchema schema = parameters.getSchema();
        int queryLength = parameters.getExecutionInput().getQuery().length();
        List<GraphQLError> errors = result.getErrors().stream().map(e -> worded(e, schema, queryLength)).toList();
        return CompletableFuture.completedFuture(result.transform(b -> b.errors(errors)));
    }

    private static GraphQLError worded(GraphQLError e, GraphQLSchema schema, int queryLength) {
        if (syntax(e)) {
            String message = queryLength > ParserOptions.getDefaultParserOptions().getMaxCharacters()
                    ? "The query text is " + queryLength + " characters; the parser reads at most "
                            + ParserOptions.getDefaultParserOptions().getMaxCharacters()
                            + ". Send large values (an article's text) as variables."
                    : e.getMessage();
            return GraphqlErrorBuilder.newError().message(message).locations(e.getLocations())
                    .errorType(e.getErrorType()).extensions(Map.of("code", INVALID_QUERY)).build();
        }
        if (e instanceof ValidationError v) {
            return GraphqlErrorBuilder.newError().message(withAllowedValues(v.getMessage(), schema))
                    .locations(v.getLocations()).errorType(v.getErrorType())
                    .extensions(Map.of("code", INVALID_QUERY)).build();
        }
        if (coercion(e)) {
            return GraphqlErrorBuilder.newError().message(e.getMessage()).locations(e.getLocations())
                    .errorType(e.getErrorType()).extensions(Map.of("code", Refusal.INVALID_ARGUMENT)).build();
        }
        if (unauthorized(e)) {
            return GraphqlErrorBuilder.newError().message(NEEDS_KEY).path(e.getPath()).locations(e.getLocations())
                    .errorType(Refusal.Kind.Unauthorized).extensions(Map.of("code", Refusal.UNAUTHORIZED)).build();
        }
        return e;
    }

    /** "… is not a valid 'TaskKind' …" gains "; allowed values: TASK, REQUIREMENT, …". */
    static String withAllowedValues(String message, GraphQLSchema schema) {
        Matcher m = ENUM.matcher(message);
        if (m.find() && schema != null && schema.getType(m.group(1)) instanceof GraphQLEnumType type) {
            return message + "; allowed values: " + type.getValues().stream()
                    .map(GraphQLEnumValueDefinition::getName).collect(Collectors.joining(", "));
        }
        return message;
    }

    /** A variable's value that does not fit its declared type (graphql-java classifies it as a validation error). */
    private static boolean coercion(GraphQLError e) {
        return e.getErrorType() == ErrorType.ValidationError && !(e instanceof ValidationError)
                && (e.getExtensions() == null || !e.getExtensions().containsKey("code"));
    }

    private static boolean syntax(GraphQLError e) {
        return e.getErrorType() == ErrorType.InvalidSyntax;
    }

    /** A data-fetching error caused by the platform's {@link UnauthorizedException} (it carries no message). */
    private static boolean unauthorized(GraphQLError e) {
        if (e instanceof ExceptionWhileDataFetching fetching) {
            for (Throwable t = fetching.getException(); t != null; t = t.getCause()) {
                if (t instanceof UnauthorizedException) {
                    return true;
                }
            }
        }
        return false;
    }
}
