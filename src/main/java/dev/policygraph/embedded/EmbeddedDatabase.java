package dev.policygraph.embedded;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.jboss.logging.Logger;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.SettingValueParsers;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/** A running in-process Neo4j with a Bolt connector on loopback and auth off. Used by the service and the CLI. */
public final class EmbeddedDatabase {

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);

    private final DatabaseManagementService service;

    private EmbeddedDatabase(DatabaseManagementService service) {
        this.service = service;
    }

    /**
     * @throws EmbeddedStartException with a message saying what to change when the store is not writable or the
     *                                port is taken
     */
    public static EmbeddedDatabase start(Path dataDir, String boltAddress, int boltPort, String pageCache) {
        long began = System.nanoTime();
        Path home = dataDir.toAbsolutePath();
        requireWritable(home);
        requireFreePort(boltAddress, boltPort);
        var service = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(boltAddress, boltPort))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(5))
                // Shutdown drops from ~10 s to ~0.5 s.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .setConfig(GraphDatabaseSettings.pagecache_memory, SettingValueParsers.BYTES.parse(pageCache))
                .build();
        service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        LOG.infof("Embedded Neo4j ready on bolt://%s:%d (store %s) in %d ms", boltAddress, boltPort, home,
                (System.nanoTime() - began) / 1_000_000);
        return new EmbeddedDatabase(service);
    }

    public void stop() {
        service.shutdown();
        LOG.info("Embedded Neo4j stopped");
    }

    private static void requireWritable(Path home) {
        try {
            Files.createDirectories(home);
        } catch (IOException e) {
            throw new EmbeddedStartException("Cannot create the data directory " + home + " (" + e.getMessage()
                    + "). Set policygraph.embedded.data-dir to a writable directory.");
        }
        if (!Files.isWritable(home)) {
            throw new EmbeddedStartException("The data directory " + home
                    + " is not writable. Set policygraph.embedded.data-dir to a writable directory.");
        }
    }

    private static void requireFreePort(String address, int port) {
        try (var socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(address, port));
        } catch (IOException e) {
            throw new EmbeddedStartException("Bolt port " + port + " on " + address
                    + " is already in use (another Neo4j or another policygraph?). Stop it, or set"
                    + " policygraph.embedded.bolt-port (env POLICYGRAPH_EMBEDDED_BOLT_PORT) to a free port.");
        }
    }
}
