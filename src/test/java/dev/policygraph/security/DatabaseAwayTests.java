package dev.policygraph.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.Driver;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The database is unreachable (a closed port, no embedded Neo4j): the service still starts, queries answer
 * {@code database-unavailable}, and readiness is DOWN. When a database then appears on that address, the service
 * recovers by itself: readiness UP, queries answered, schema migrations applied by the background retry.
 */
@QuarkusTest
@TestProfile(DatabaseAwayTests.NoDatabase.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DatabaseAwayTests {

    @Inject
    Driver driver;

    /** Free now; nothing listens on it until {@link #recoversByItselfWhenTheDatabaseReturns()}. */
    static final int PORT = NoDatabase.closedPort();

    public static class NoDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("policygraph.embedded.enabled", "false",
                    "policygraph.seed.enabled", "false",
                    "quarkus.neo4j.uri", "bolt://127.0.0.1:" + PORT,
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
    @Order(1)
    void queriesAnswerDatabaseUnavailable() {
        GraphQL.post("{ meetings(first: 1) { totalCount } }")
                .statusCode(200)
                .body("errors[0].extensions.code", is("database-unavailable"))
                .body("errors[0].message", containsString("unavailable"));
        GraphQL.post("{ search(text: \"邮政\") { id } }")
                .body("errors[0].extensions.code", is("database-unavailable"));
    }

    @Test
    @Order(1)
    void readinessIsDown() {
        given().when().get("/q/health/ready").then().statusCode(503).body("status", is("DOWN"));
    }

    @Test
    @Order(1)
    void livenessStaysUp() {
        given().when().get("/q/health/live").then().statusCode(200);
    }

    @Test
    @Order(2)
    void recoversByItselfWhenTheDatabaseReturns() throws Exception {
        var home = Files.createTempDirectory("policygraph-db-returns");
        var database = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", PORT))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .build();
        try {
            database.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            awaitTrue(Duration.ofSeconds(60), () -> given().when().get("/q/health/ready").statusCode() == 200);
            GraphQL.post("{ meetings(first: 1) { totalCount } }")
                    .body("errors", org.hamcrest.Matchers.nullValue())
                    .body("data.meetings.totalCount", is(0));
            awaitTrue(Duration.ofSeconds(60), () -> driver.executableQuery(
                    "SHOW CONSTRAINTS YIELD name WHERE name = 'meeting_key' RETURN count(*) AS c").execute()
                    .records().get(0).get("c").asLong() == 1);
        } finally {
            database.shutdown();
            dev.policygraph.TestStore.deleteTree(home);
        }
    }

    private static void awaitTrue(Duration timeout, java.util.function.BooleanSupplier condition)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try {
                if (condition.getAsBoolean()) {
                    return;
                }
            } catch (RuntimeException e) {
                // not yet
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within " + timeout);
            }
            Thread.sleep(250);
        }
    }
}
