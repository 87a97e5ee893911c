package dev.policygraph.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** A locked-down server: its own key, queries need it too, no introspection, no GraphiQL, CORS for one origin. */
@QuarkusTest
@TestProfile(ProductionSettingsTests.LockedDown.class)
class ProductionSettingsTests {

    public static class LockedDown implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("policygraph.seed.enabled", "false",
                    "policygraph.security.ingest-keys", "prod-key-1,prod-key-2",
                    "policygraph.security.require-token-for-queries", "true",
                    "quarkus.smallrye-graphql.field-visibility", "no-introspection",
                    "quarkus.smallrye-graphql.ui.enabled", "false",
                    "quarkus.http.cors.enabled", "true",
                    "quarkus.http.cors.origins", "https://dashboards.example.org");
        }
    }

    @Test
    void queryWithoutTokenIsUnauthorizedWhenQueriesNeedOne() {
        GraphQL.post("{ meetings(first: 1) { totalCount } }")
                .body("errors[0].extensions.code", is("unauthorized"))
                .body("errors[0].message", containsString("policygraph.security.require-token-for-queries"))
                .body("data", nullValue());
    }

    @Test
    void queryWithAConfiguredKeyIsAnswered() {
        GraphQL.post("{ meetings(first: 1) { totalCount } }", null, "prod-key-2")
                .body("errors", nullValue())
                .body("data.meetings.totalCount", notNullValue());
    }

    @Test
    void theDevKeyDoesNotOpenMutationsOnAServerWithItsOwnKeys() {
        GraphQL.ingest("国家邮政局召开会议。", GraphQL.KEY)
                .body("errors[0].extensions.code", is("unauthorized"));
    }

    @Test
    void introspectionIsOffWhenFieldVisibilityIsNoIntrospection() {
        // Hidden, not refused: to a client the introspection types have no fields.
        GraphQL.post("{ __schema { queryType { name } } }", null, "prod-key-1")
                .body("errors[0].extensions.code", is("invalid-query"))
                .body("errors[0].message", containsString("Field 'queryType' in type '__Schema' is undefined"))
                .body("data.__schema", nullValue());
    }

    @Test
    void aDashboardOnTheConfiguredOriginMayCallTheApi() {
        given().header("Origin", "https://dashboards.example.org")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .when().options("/graphql")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", "https://dashboards.example.org");
    }

    @Test
    void anotherOriginIsNotAllowed() {
        given().header("Origin", "https://elsewhere.example.com")
                .header("Access-Control-Request-Method", "POST")
                .when().options("/graphql")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void graphiqlIsNotServedWhenTheUiIsDisabled() {
        given().when().get("/q/graphql-ui/").then().statusCode(404);
    }
}
