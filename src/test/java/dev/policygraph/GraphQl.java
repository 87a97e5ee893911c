package dev.policygraph;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** Posts GraphQL over HTTP to the running test service, the way a client would. */
public final class GraphQl {

    /** The ingest key the test profile configures. */
    public static final String INGEST_KEY = "dev-ingest-key";

    private GraphQl() {
    }

    public static JsonPath query(String query) {
        return query(query, Map.of());
    }

    public static JsonPath query(String query, Map<String, Object> variables) {
        var body = new HashMap<String, Object>();
        body.put("query", query);
        body.put("variables", variables);
        return given().contentType(ContentType.JSON)
                .header("Authorization", "Bearer " + INGEST_KEY)
                .body(body)
                .when().post("/graphql")
                .then().statusCode(200)
                .extract().jsonPath();
    }
}
