package dev.policygraph.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;

import dev.policygraph.config.PolicygraphConfig;

/** The embedded database's life cycle, without Quarkus: start, keep data across restarts, refuse clearly. */
class EmbeddedNeo4jTests {

    @TempDir
    Path store;

    @Test
    void dataSurvivesARestart() throws IOException {
        int port = freePort();
        var first = embedded(store, port);
        first.start(null);
        try (var driver = GraphDatabase.driver("bolt://127.0.0.1:" + port, AuthTokens.none())) {
            driver.executableQuery("CREATE (:Probe {name: 'kept'})").execute();
        }
        first.stop(null);
        assertThat(first.isRunning()).isFalse();

        var second = embedded(store, port);
        second.start(null);
        try (var driver = GraphDatabase.driver("bolt://127.0.0.1:" + port, AuthTokens.none())) {
            var names = driver.executableQuery("MATCH (p:Probe) RETURN p.name AS name").execute().records();
            assertThat(names).extracting(r -> r.get("name").asString()).containsExactly("kept");
        } finally {
            second.stop(null);
        }
    }

    @Test
    void busyPortIsRefusedWithAMessageThatSaysWhatToChange() throws IOException {
        try (var squatter = new ServerSocket()) {
            squatter.bind(new InetSocketAddress("127.0.0.1", 0));
            int port = squatter.getLocalPort();
            var embedded = embedded(store, port);
            assertThatThrownBy(() -> embedded.start(null))
                    .isInstanceOf(EmbeddedStartException.class)
                    .hasMessageContaining("Bolt port " + port)
                    .hasMessageContaining("already in use")
                    .hasMessageContaining("policygraph.embedded.bolt-port");
            assertThat(embedded.isRunning()).isFalse();
        }
    }

    @Test
    void unwritableDataDirectoryIsRefusedWithAMessageThatNamesIt() throws IOException {
        Path readOnly = Files.createDirectory(store.resolve("read-only"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("r-xr-xr-x")));
        Path target = readOnly.resolve("neo4j");
        var embedded = embedded(target, freePort());
        // root ignores permissions; the check is meaningful only for ordinary users
        org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(readOnly), "running as root");
        assertThatThrownBy(() -> embedded.start(null))
                .isInstanceOf(EmbeddedStartException.class)
                .hasMessageContaining(target.toString())
                .hasMessageContaining("policygraph.embedded.data-dir");
    }

    @Test
    void aDriverPointedElsewhereLeavesTheEmbeddedDatabaseOff() {
        var embedded = new EmbeddedNeo4j(config(store, 7687), URI.create("neo4j://db.example.org:7687"));
        assertThat(embedded.shouldStart()).isFalse();
        embedded.start(null);
        assertThat(embedded.isRunning()).isFalse();
    }

    @Test
    void aDriverPointedAtTheEmbeddedAddressStartsIt() {
        assertThat(new EmbeddedNeo4j(config(store, 7799), URI.create("bolt://127.0.0.1:7799")).shouldStart()).isTrue();
        assertThat(new EmbeddedNeo4j(config(store, 7799), URI.create("bolt://localhost:7799")).shouldStart()).isTrue();
        assertThat(new EmbeddedNeo4j(config(store, 7799), URI.create("bolt://127.0.0.1:7800")).shouldStart()).isFalse();
    }

    private static EmbeddedNeo4j embedded(Path dir, int port) {
        return new EmbeddedNeo4j(config(dir, port), URI.create("bolt://127.0.0.1:" + port));
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static PolicygraphConfig config(Path dir, int port) {
        var embedded = new PolicygraphConfig.Embedded() {
            public boolean enabled() { return true; }
            public Path dataDir() { return dir; }
            public String boltAddress() { return "127.0.0.1"; }
            public int boltPort() { return port; }
            public String pageCache() { return "32m"; }
        };
        return new PolicygraphConfig() {
            public Embedded embedded() { return embedded; }
            public Seed seed() { throw new UnsupportedOperationException(); }
            public Ingest ingest() { throw new UnsupportedOperationException(); }
            public Api api() { throw new UnsupportedOperationException(); }
            public Cascade cascade() { throw new UnsupportedOperationException(); }
        };
    }
}
