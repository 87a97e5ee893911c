package dev.policygraph.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * GET /graphql runs queries only; a mutation sent by GET is answered 405 before anything runs, as GraphQL over HTTP
 * asks. SmallRye serves GET (so proxies can cache reads) but would run a mutation sent that way.
 */
@ApplicationScoped
class QueriesOnlyOverGet {

    static final String CODE = "method-not-allowed";

    void register(@Observes Router router) {
        router.get("/graphql").order(-100).handler(this::check);
    }

    private void check(RoutingContext context) {
        String query = context.request().getParam("query");
        if (query != null && !readOnly(query)) {
            var error = new JsonObject().put("message", "GET runs queries only: send mutations and subscriptions with POST")
                    .put("extensions", new JsonObject().put("code", CODE));
            context.response().setStatusCode(405).putHeader("Allow", "POST")
                    .putHeader("Content-Type", "application/graphql-response+json; charset=UTF-8")
                    .end(new JsonObject().put("errors", new JsonArray().add(error)).encode());
            return;
        }
        context.next();
    }

    /**
     * True when every operation of the document is a query, whichever operationName asks for one (SmallRye reads that
     * parameter wrongly on GET); a document that does not parse is left to SmallRye to refuse.
     */
    static boolean readOnly(String query) {
        Document document;
        try {
            document = Parser.parse(query);
        } catch (InvalidSyntaxException e) {
            return true;
        }
        for (OperationDefinition op : document.getDefinitionsOfType(OperationDefinition.class)) {
            if (op.getOperation() != OperationDefinition.Operation.QUERY) {
                return false;
            }
        }
        return true;
    }
}
