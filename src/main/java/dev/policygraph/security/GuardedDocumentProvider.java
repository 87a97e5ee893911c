package dev.policygraph.security;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
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
 * <p>
 * What depends only on the query text (is it a mutation, does it break a limit, graphql-java's parsed and validated
 * document) is kept per text, as SmallRye's own document cache did before this provider replaced it: a dashboard
 * sends the same few queries again and again, and parsing and validating each one again cost milliseconds.
 */
final class GuardedDocumentProvider implements PreparsedDocumentProvider {

    /** Where Quarkus puts the request's HTTP headers in the GraphQL context. */
    static final String HTTP_HEADERS = "httpHeaders";

    /** Distinct query texts kept; past it the cache starts again (a client sending endless new texts gains nothing). */
    private static final int CACHED_TEXTS = 1_000;

    /** What a query text is, whoever sends it. {@code document} is filled once the text passed the limits. */
    private static final class Checked {
        final boolean writes;
        final GraphQLError refused;
        volatile PreparsedDocumentEntry document;

        Checked(boolean writes, GraphQLError refused) {
            this.writes = writes;
            this.refused = refused;
        }
    }

    private final Credentials credentials;
    private final DocumentLimits limits;
    private final Map<String, Checked> checked = new ConcurrentHashMap<>();

    GuardedDocumentProvider(Credentials credentials, DocumentLimits limits) {
        this.credentials = credentials;
        this.limits = limits;
    }

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
            Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        Checked text = check(input);
        GraphQLError refusal = text == null ? null : refusal(text, input);
        if (refusal != null) {
            return CompletableFuture.completedFuture(new PreparsedDocumentEntry(refusal));
        }
        if (text == null) {
            return CompletableFuture.completedFuture(parseAndValidate.apply(input)); // reports the syntax error
        }
        PreparsedDocumentEntry document = text.document;
        if (document == null) {
            document = parseAndValidate.apply(input);
            text.document = document;
        }
        return CompletableFuture.completedFuture(document);
    }

    /** The text's verdict, from the cache or parsed now; null when it does not parse. */
    private Checked check(ExecutionInput input) {
        String key = input.getQuery() + "\u0000" + input.getOperationName();
        Checked text = checked.get(key);
        if (text != null) {
            return text;
        }
        Document document;
        try {
            // Bounded by the parser's token limit; parse errors are left to the ordinary path, which reports them.
            document = Parser.parse(input.getQuery());
        } catch (InvalidSyntaxException e) {
            return null;
        }
        List<OperationDefinition> operations = selected(document, input.getOperationName());
        boolean writes = operations.stream().anyMatch(o -> o.getOperation() != OperationDefinition.Operation.QUERY);
        DocumentLimits.Violation violation = limits.check(document, operations);
        String conflict = violation == null ? BatchedArguments.conflict(document, operations) : null;
        text = new Checked(writes, violation != null ? Refusal.limit(violation)
                : conflict != null ? Refusal.unsupported(conflict) : null);
        if (checked.size() >= CACHED_TEXTS) {
            checked.clear();
        }
        checked.put(key, text);
        return text;
    }

    private GraphQLError refusal(Checked text, ExecutionInput input) {
        String authorization = header(input.getGraphQLContext().get(HTTP_HEADERS), "Authorization");
        boolean writes = text.writes;
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
        return text.refused;
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
