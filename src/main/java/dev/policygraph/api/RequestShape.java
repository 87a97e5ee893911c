package dev.policygraph.api;

import java.io.IOException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;

import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserOptions;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * Checks the shape of a GraphQL request before SmallRye reads it: {@code query} a string, {@code operationName} a
 * string or null, {@code variables} and {@code extensions} objects or null, nested at most {@value #MAX_DEPTH}
 * levels. A request of another shape gets HTTP 400 with one error ({@code extensions.code} = {@code invalid-request})
 * saying which member is wrong, instead of a 500 and a stack trace in the log. A query that does not parse gets
 * {@code invalid-query} with the parser's message and place (SmallRye would answer only "Unparseable input
 * document", with no code).
 */
@ApplicationScoped
class RequestShape {

    static final int MAX_DEPTH = 64;

    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build()).build();

    void install(@Observes Router router) {
        // Before SmallRye's own /graphql route; the body, read once here, is handed on.
        router.route(HttpMethod.POST, "/graphql").order(-100).handler(BodyHandler.create()).handler(this::checkPost);
        router.route(HttpMethod.GET, "/graphql").order(-100).handler(this::checkGet);
    }

    private void checkPost(RoutingContext context) {
        String type = context.request().getHeader("Content-Type");
        if (type != null && !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
            context.next(); // application/graphql and others: SmallRye's own handling
            return;
        }
        String body = context.body().asString();
        String problem = problemInBody(body);
        if (problem != null) {
            refuse(context, 400, "invalid-request", problem);
            return;
        }
        String syntax = syntaxProblem(new JsonObject(body).getString("query"));
        if (syntax != null) {
            refuse(context, 200, "invalid-query", syntax);
            return;
        }
        context.next();
    }

    private void checkGet(RoutingContext context) {
        for (String member : new String[] {"variables", "extensions"}) {
            String value = context.queryParams().get(member);
            if (value != null && !value.isBlank()) {
                String problem = problemInValue(value, member);
                if (problem != null) {
                    refuse(context, 400, "invalid-request", problem);
                    return;
                }
            }
        }
        String syntax = syntaxProblem(context.queryParams().get("query"));
        if (syntax != null) {
            refuse(context, 200, "invalid-query", syntax);
            return;
        }
        context.next();
    }

    /** What is wrong with a POST body, or null. */
    static String problemInBody(String body) {
        if (body == null || body.isBlank()) {
            return "the request body is empty; send a JSON object {\"query\": \"…\", \"variables\": {…}}";
        }
        try (JsonParser p = JSON.createParser(body)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return "the request body must be a JSON object {\"query\": \"…\", \"variables\": {…}}";
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String member = p.currentName();
                JsonToken value = p.nextToken();
                String wrong = switch (member) {
                    case "query" -> value == JsonToken.VALUE_STRING ? null : "a string";
                    case "operationName" -> value == JsonToken.VALUE_STRING || value == JsonToken.VALUE_NULL
                            ? null : "a string or null";
                    case "variables", "extensions" -> value == JsonToken.START_OBJECT || value == JsonToken.VALUE_NULL
                            ? null : "a JSON object or null";
                    default -> null;
                };
                if (wrong != null) {
                    return member + " must be " + wrong + ", not " + describe(value);
                }
                p.skipChildren();
            }
            return p.nextToken() == null ? null : "the request body has content after its JSON object";
        } catch (IOException e) {
            return unreadable(e);
        }
    }

    /** What is wrong with one JSON member sent as a URL parameter, or null. */
    static String problemInValue(String json, String member) {
        try (JsonParser p = JSON.createParser(json)) {
            JsonToken first = p.nextToken();
            if (first != JsonToken.START_OBJECT) {
                return member + " must be a JSON object, not " + describe(first);
            }
            p.skipChildren();
            return null;
        } catch (IOException e) {
            return member + ": " + unreadable(e);
        }
    }

    private static String unreadable(IOException e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("nesting depth")) {
            return "the JSON is nested more than " + MAX_DEPTH + " levels deep";
        }
        String first = m.lines().findFirst().orElse("").replaceAll("\\s+", " ");
        return "the request is not valid JSON (" + first.substring(0, Math.min(120, first.length())) + ")";
    }

    private static String describe(JsonToken token) {
        if (token == null) {
            return "nothing";
        }
        return switch (token) {
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            case START_ARRAY -> "an array";
            case START_OBJECT -> "an object";
            default -> token.asString();
        };
    }

    /** The parser's complaint about a query text, or null when it parses (or is absent: SmallRye says so). */
    static String syntaxProblem(String query) {
        if (query == null) {
            return null;
        }
        int max = ParserOptions.getDefaultOperationParserOptions().getMaxCharacters();
        if (query.length() > max) {
            return "The query text is " + query.length() + " characters; the parser reads at most " + max
                    + ". Send large values (an article's text) as variables.";
        }
        try {
            Parser.parse(query);
            return null;
        } catch (InvalidSyntaxException e) {
            return e.getMessage();
        }
    }

    /** A request error: 400 for a body that is not a GraphQL request; 200 for a query that does not parse, as for one
     * that does not validate (an execution result with errors and no data). */
    private static void refuse(RoutingContext context, int status, String code, String problem) {
        var body = new JsonObject().put("errors", new JsonArray().add(new JsonObject().put("message", problem)
                .put("extensions", new JsonObject().put("code", code))));
        context.response().setStatusCode(status).putHeader("Content-Type", "application/json").end(body.encode());
    }
}
