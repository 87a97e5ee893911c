package dev.policygraph.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;

import dev.policygraph.TestStore;
import dev.policygraph.config.PolicygraphConfig;
import dev.policygraph.graph.store.InProcessStore;

/**
 * The embedded database's life cycle, without Quarkus: start, keep data across restarts, open no port unless asked,
 * require a password when asked, refuse clearly.
 */
class EmbeddedNeo4jTests {

    @RegisterExtension
    static final TestStore.Shared SHARED = new TestStore.Shared();

    @TempDir
    Path store;

    @Test
    void dataSurvivesARestart() throws IOException {
        int port = freePort();
        var first = embedded(store, port, false);
        first.start(null);
        new InProcessStore(first.database().orElseThrow()).execute("CREATE (:Probe {name: 'kept'})");
        first.stop(null);
        assertThat(first.isRunning()).isFalse();

        var second = embedded(store, port, false);
        second.start(null);
        try {
            var names = new InProcessStore(second.database().orElseThrow()).query("MATCH (p:Probe) RETURN p.name AS name",
                    Map.of());
            assertThat(names).extracting(r -> r.get("name").asString()).containsExactly("kept");
        } finally {
            second.stop(null);
        }
    }

    @Test
    void theEmbeddedDatabaseSendsNoUsageReport() {
        var setting = org.neo4j.configuration.GraphDatabaseSettings.udc_enabled.name();
        var values = SHARED.graph().query("SHOW SETTINGS YIELD name, value WHERE name = $name RETURN value",
                Map.of("name", setting));
        assertThat(values).as(setting).extracting(r -> r.get("value").asString()).containsExactly("false");
    }

    @Test
    void byDefaultNoPortIsOpenSoNoOtherProcessCanSendCypher() throws IOException {
        int port = freePort();
        var embedded = embedded(store, port, false);
        embedded.start(null);
        try {
            assertThat(embedded.database()).isPresent();
            assertThatThrownBy(() -> new Socket("127.0.0.1", port).close()).isInstanceOf(ConnectException.class);
        } finally {
            embedded.stop(null);
        }
    }

    @Test
    void anOperatorsBoltConnectorRequiresThePasswordTheySet() throws IOException {
        int port = freePort();
        var database = EmbeddedDatabase.start(store,
                Optional.of(new EmbeddedDatabase.BoltAccess("127.0.0.1", port, "operator-secret")), "32m");
        try {
            try (var anonymous = GraphDatabase.driver("bolt://127.0.0.1:" + port, AuthTokens.none())) {
                assertThatThrownBy(() -> anonymous.executableQuery("MATCH (n) DETACH DELETE n").execute())
                        .isInstanceOf(AuthenticationException.class);
            }
            try (var guessing = GraphDatabase.driver("bolt://127.0.0.1:" + port, AuthTokens.basic("neo4j", "neo4j"))) {
                assertThatThrownBy(() -> guessing.executableQuery("RETURN 1").execute())
                        .isInstanceOf(AuthenticationException.class);
            }
            try (var operator = GraphDatabase.driver("bolt://127.0.0.1:" + port,
                    AuthTokens.basic("neo4j", "operator-secret"))) {
                assertThat(operator.executableQuery("RETURN 1 AS one").execute().records().get(0).get("one").asInt())
                        .isEqualTo(1);
            }
        } finally {
            database.stop();
        }
    }

    @Test
    void aRestartWithTheOperatorsConnectorKeepsTheirPassword() throws IOException {
        int port = freePort();
        var bolt = Optional.of(new EmbeddedDatabase.BoltAccess("127.0.0.1", port, "operator-secret"));
        EmbeddedDatabase.start(store, bolt, "32m").stop();
        // Neo4j refuses to set a password to the one it has: the second start must not fail on that.
        var again = EmbeddedDatabase.start(store, bolt, "32m");
        try (var operator = GraphDatabase.driver("bolt://127.0.0.1:" + port,
                AuthTokens.basic("neo4j", "operator-secret"))) {
            assertThat(operator.executableQuery("RETURN 1 AS one").execute().records().get(0).get("one").asInt())
                    .isEqualTo(1);
        } finally {
            again.stop();
        }
    }

    @Test
    void loadCsvReadsNoLocalFileAndFetchesNoAddress() throws IOException {
        // The shared test store is started by EmbeddedDatabase.start with the service's settings: no need for another.
        Path secret = Files.writeString(store.resolveSibling(store.getFileName() + "-secret.csv"), "a,b\n1,2\n");
        var graph = SHARED.graph();
        assertThatThrownBy(() -> graph.query("LOAD CSV FROM $url AS row RETURN row",
                Map.of("url", secret.toUri().toString())))
                .hasMessageContaining("file");
        try (var server = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            String url = "http://127.0.0.1:" + server.getLocalPort() + "/x.csv";
            assertThatThrownBy(() -> graph.query("LOAD CSV FROM $url AS row RETURN row", Map.of("url", url)))
                    .hasMessageContaining("blocked");
        }
    }

    @Test
    void anOperatorsConnectorWithoutAPasswordIsRefusedWithAMessageThatSaysWhatToSet() {
        assertThatThrownBy(() -> EmbeddedDatabase.start(store,
                Optional.of(new EmbeddedDatabase.BoltAccess("127.0.0.1", freePort(), null)), "32m"))
                .isInstanceOf(EmbeddedStartException.class)
                .hasMessageContaining("policygraph.embedded.bolt-password");
    }

    @Test
    void busyPortIsRefusedWithAMessageThatSaysWhatToChange() throws IOException {
        try (var squatter = new ServerSocket()) {
            squatter.bind(new InetSocketAddress("127.0.0.1", 0));
            int port = squatter.getLocalPort();
            var embedded = embedded(store, port, true);
            assertThatThrownBy(() -> embedded.start(null))
                    .isInstanceOf(EmbeddedStartException.class)
                    .hasMessageContaining("Bolt port " + port)
                    .hasMessageContaining("already in use")
                    .hasMessageContaining("policygraph.embedded.bolt-port");
            assertThat(embedded.isRunning()).isFalse();
        }
    }

    @Test
    void aDataDirectoryThatCannotBeCreatedIsRefusedWithAMessageThatNamesIt() throws IOException {
        // A regular file where a parent directory should be: refused even for root, unlike a read-only directory.
        Path file = Files.writeString(store.resolve("not-a-directory"), "");
        Path target = file.resolve("neo4j");
        var embedded = embedded(target, freePort(), false);
        assertThatThrownBy(() -> embedded.start(null))
                .isInstanceOf(EmbeddedStartException.class)
                .hasMessageContaining(target.toString())
                .hasMessageContaining("policygraph.embedded.data-dir");
    }

    @Test
    void aDriverPointedElsewhereLeavesTheEmbeddedDatabaseOff() {
        var embedded = new EmbeddedNeo4j(config(store, 7687, false), URI.create("neo4j://db.example.org:7687"));
        assertThat(embedded.shouldStart()).isFalse();
        embedded.start(null);
        assertThat(embedded.isRunning()).isFalse();
        assertThat(embedded.database()).isEmpty();
    }

    @Test
    void aDriverPointedAtTheEmbeddedAddressStartsIt() {
        assertThat(new EmbeddedNeo4j(config(store, 7799, false), URI.create("bolt://127.0.0.1:7799")).shouldStart())
                .isTrue();
        assertThat(new EmbeddedNeo4j(config(store, 7799, false), URI.create("bolt://localhost:7799")).shouldStart())
                .isTrue();
        assertThat(new EmbeddedNeo4j(config(store, 7799, false), URI.create("bolt://127.0.0.1:7800")).shouldStart())
                .isFalse();
    }

    private static EmbeddedNeo4j embedded(Path dir, int port, boolean bolt) {
        return new EmbeddedNeo4j(config(dir, port, bolt), URI.create("bolt://127.0.0.1:" + port));
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static PolicygraphConfig config(Path dir, int port, boolean bolt) {
        var embedded = new PolicygraphConfig.Embedded() {
            public boolean enabled() { return true; }
            public Path dataDir() { return dir; }
            public boolean boltEnabled() { return bolt; }
            public Optional<String> boltPassword() { return Optional.of("operator-secret"); }
            public String boltAddress() { return "127.0.0.1"; }
            public int boltPort() { return port; }
            public String pageCache() { return "32m"; }
            public boolean inProcess() { return true; }
        };
        return new PolicygraphConfig() {
            public Embedded embedded() { return embedded; }
            public Seed seed() { throw new UnsupportedOperationException(); }
            public Ingest ingest() { throw new UnsupportedOperationException(); }
            public Api api() { throw new UnsupportedOperationException(); }
            public Cascade cascade() { throw new UnsupportedOperationException(); }
            public Security security() { throw new UnsupportedOperationException(); }
            public Schema schema() { throw new UnsupportedOperationException(); }
        };
    }
}
