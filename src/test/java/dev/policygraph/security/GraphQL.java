package dev.policygraph.security;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Posts GraphQL requests to the running service's real HTTP endpoint. */
final class GraphQL {

    static final String KEY = "dev-ingest-key";

    private GraphQL() {
    }

    static ValidatableResponse post(String query) {
        return post(query, null, null);
    }

    static ValidatableResponse post(String query, Map<String, Object> variables, String token) {
        var body = new HashMap<String, Object>();
        body.put("query", query);
        if (variables != null) {
            body.put("variables", variables);
        }
        return raw(body, token);
    }

    static ValidatableResponse raw(Object body, String token) {
        var request = given().contentType(ContentType.JSON).body(body);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request.when().post("/graphql").then();
    }

    static final String INGEST = """
            mutation ($text: String!) { ingestArticle(input: {text: $text}) { created article { id } } }""";

    static ValidatableResponse ingest(String text, String token) {
        return post(INGEST, Map.of("text", text), token);
    }
}
