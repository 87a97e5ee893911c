package dev.policygraph.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The database is unreachable (a closed port, no embedded Neo4j): the service still starts, queries answer
 * {@code database-unavailable}, and readiness is DOWN.
 */
@QuarkusTest
@TestProfile(DatabaseAwayTests.NoDatabase.class)
class DatabaseAwayTests {

    public static class NoDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("policygraph.embedded.enabled", "false",
                    "policygraph.seed.enabled", "false",
                    "quarkus.neo4j.uri", "bolt://127.0.0.1:" + closedPort(),
                    // Answer within seconds instead of retrying for the default 30 s.
                    "quarkus.neo4j.max-transaction-retry-time", "1s",
                    "policygraph.schema.retry-interval", "1s");
        }

        static int closedPort() {
            try (var socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Test
    void queriesAnswerDatabaseUnavailable() {
        GraphQL.post("{ meetings(first: 1) { totalCount } }")
                .statusCode(200)
                .body("errors[0].extensions.code", is("database-unavailable"))
                .body("errors[0].message", containsString("unavailable"));
        GraphQL.post("{ search(text: \"邮政\") { id } }")
                .body("errors[0].extensions.code", is("database-unavailable"));
    }

    @Test
    void readinessIsDown() {
        given().when().get("/q/health/ready").then().statusCode(503).body("status", is("DOWN"));
    }

    @Test
    void livenessStaysUp() {
        given().when().get("/q/health/live").then().statusCode(200);
    }
}
