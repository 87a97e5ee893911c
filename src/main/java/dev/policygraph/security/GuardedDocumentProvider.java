package dev.policygraph.security;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.GraphQLError;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;

/**
 * Runs before graphql-java validates or executes a request: refuses a mutation without a credential (and a query,
 * when queries need one) and a document over the depth, complexity or alias limits. A refused request is answered
 * with one GraphQL error and nothing of it runs. Everything else is parsed and validated as usual.
 */
final class GuardedDocumentProvider implements PreparsedDocumentProvider {

    /** Where Quarkus puts the request's HTTP headers in the GraphQL context. */
    static final String HTTP_HEADERS = "httpHeaders";

    private final Credentials credentials;
    private final DocumentLimits limits;

    GuardedDocumentProvider(Credentials credentials, DocumentLimits limits) {
        this.credentials = credentials;
        this.limits = limits;
    }

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
            Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        GraphQLError refusal = refusal(input);
        return CompletableFuture.completedFuture(
                refusal == null ? parseAndValidate.apply(input) : new PreparsedDocumentEntry(refusal));
    }

    GraphQLError refusal(ExecutionInput input) {
        Document document;
        try {
            // Bounded by the parser's token limit; parse errors are left to the ordinary path, which reports them.
            document = Parser.parse(input.getQuery());
        } catch (InvalidSyntaxException e) {
            return null;
        }
        List<OperationDefinition> operations = selected(document, input.getOperationName());
        String authorization = header(input.getGraphQLContext().get(HTTP_HEADERS), "Authorization");
        boolean writes = operations.stream().anyMatch(o -> o.getOperation() != OperationDefinition.Operation.QUERY);
        if (writes && !credentials.mayWrite(authorization)) {
            return Refusal.unauthorized(authorization == null
                    ? "A bearer token is needed for mutations: send the header 'Authorization: Bearer <key>' with a key"
                            + " from policygraph.security.ingest-keys. Nothing was changed."
                    : "The bearer token is not one of the configured keys (policygraph.security.ingest-keys)."
                            + " Nothing was changed.");
        }
        if (!writes && !credentials.mayRead(authorization)) {
            return Refusal.unauthorized("A bearer token is needed for queries on this server"
                    + " (policygraph.security.require-token-for-queries): send the header"
                    + " 'Authorization: Bearer <key>' with a key from policygraph.security.ingest-keys.");
        }
        DocumentLimits.Violation violation = limits.check(document, operations);
        return violation == null ? null : Refusal.limit(violation);
    }

    /** The operations that may run: the named one, or all when no name is given (then there must be one). */
    static List<OperationDefinition> selected(Document document, String operationName) {
        var operations = document.getDefinitionsOfType(OperationDefinition.class);
        if (operationName == null || operationName.isEmpty()) {
            return operations;
        }
        var named = operations.stream().filter(o -> operationName.equals(o.getName())).toList();
        return named.isEmpty() ? operations : named;
    }

    /** A header's first value, matched case-insensitively, from Quarkus's header map. */
    static String header(Object headers, String name) {
        if (!(headers instanceof Map<?, ?> map)) {
            return null;
        }
        for (var entry : map.entrySet()) {
            if (entry.getKey() instanceof String key && key.equalsIgnoreCase(name)) {
                Object value = entry.getValue();
                if (value instanceof List<?> list) {
                    return list.isEmpty() ? null : String.valueOf(list.get(0));
                }
                return value == null ? null : String.valueOf(value);
            }
        }
        return null;
    }
}
