package dev.policygraph.embedded;

import static dev.policygraph.GraphQl.query;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;

import dev.policygraph.TestStore;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * Pointing quarkus.neo4j.uri at another server: the embedded database stays off and the service migrates and
 * serves that server. The "external" server here is a separate Neo4j started by the test.
 */
@QuarkusTest
@TestProfile(ExternalNeo4jTests.External.class)
// Already the Bolt path; the bolt-reads profile's credentials for the embedded connector would override the server's.
@org.junit.jupiter.api.condition.DisabledIfSystemProperty(named = "policygraph.embedded.in-process", matches = "false")
class ExternalNeo4jTests {

    static final Path EMBEDDED_STORE = Path.of("target/neo4j-test/should-not-exist");

    public static class External implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("policygraph.embedded.data-dir", EMBEDDED_STORE.toString(),
                    "policygraph.seed.enabled", "false");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(ExternalServer.class));
        }
    }

    /** Stands in for a Neo4j server the service does not own. */
    public static class ExternalServer implements QuarkusTestResourceLifecycleManager {
        static final String PASSWORD = "external-secret";
        static final AuthToken AUTH = AuthTokens.basic("neo4j", PASSWORD);
        static String uri;
        private EmbeddedDatabase server;
        private Path home;

        @Override
        public Map<String, String> start() {
            int port;
            try (var socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            try {
                home = Files.createTempDirectory("external-neo4j");
                server = EmbeddedDatabase.start(home,
                        Optional.of(new EmbeddedDatabase.BoltAccess("127.0.0.1", port, PASSWORD)), "32m");
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            uri = "bolt://127.0.0.1:" + port;
            try (var driver = GraphDatabase.driver(uri, AUTH)) {
                driver.executableQuery("CREATE (:Marker {name: 'external'})").execute();
            }
            return Map.of("quarkus.neo4j.uri", uri,
                    "quarkus.neo4j.authentication.disabled", "false",
                    "quarkus.neo4j.authentication.username", "neo4j",
                    "quarkus.neo4j.authentication.password", PASSWORD);
        }

        @Override
        public void stop() {
            if (server != null) {
                server.stop();
            }
            TestStore.deleteTree(home);
        }
    }

    @Inject
    EmbeddedNeo4j embedded;

    @Test
    void theEmbeddedDatabaseDoesNotStartAndTheExternalOneIsMigratedAndServed() {
        assertThat(embedded.isRunning()).isFalse();
        assertThat(EMBEDDED_STORE).doesNotExist();
        try (var driver = GraphDatabase.driver(ExternalServer.uri, ExternalServer.AUTH)) {
            var constraints = driver.executableQuery("SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names")
                    .execute().records().get(0).get("names").asList(v -> v.asString());
            assertThat(constraints).contains("meeting_key", "official_key");
        }
        var json = query("{ meetings { totalCount } }");
        assertThat(json.getInt("data.meetings.totalCount")).isZero();
    }
}
