package dev.policygraph.embedded;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
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

import dev.policygraph.config.PolicygraphConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * The Neo4j that runs inside the service's own JVM, so that nothing needs installing.
 * <p>
 * It starts in the first {@link StartupEvent} observer, before anything queries: the quarkus-neo4j driver is built
 * at start but connects on first use, so {@code quarkus.neo4j.uri} can name this Bolt port. Being in-process, it
 * cannot outlive the service and leave an orphan holding the port.
 */
@ApplicationScoped
public class EmbeddedNeo4j {

    private static final Logger LOG = Logger.getLogger(EmbeddedNeo4j.class);

    private final PolicygraphConfig.Embedded config;
    private final URI driverUri;
    private volatile DatabaseManagementService service;

    EmbeddedNeo4j(PolicygraphConfig config, @ConfigProperty(name = "quarkus.neo4j.uri") URI driverUri) {
        this.config = config.embedded();
        this.driverUri = driverUri;
    }

    void start(@Observes @Priority(1) StartupEvent event) {
        if (!shouldStart()) {
            LOG.infof("Using the Neo4j at %s; the embedded database stays off", driverUri);
            return;
        }
        long began = System.nanoTime();
        Path home = config.dataDir().toAbsolutePath();
        requireWritable(home);
        requireFreePort(config.boltAddress(), config.boltPort());
        service = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(config.boltAddress(), config.boltPort()))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(5))
                // Shutdown drops from ~10 s to ~0.5 s.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .setConfig(GraphDatabaseSettings.pagecache_memory, SettingValueParsers.BYTES.parse(config.pageCache()))
                .build();
        service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        LOG.infof("Embedded Neo4j ready on bolt://%s:%d (store %s) in %d ms", config.boltAddress(),
                config.boltPort(), home, (System.nanoTime() - began) / 1_000_000);
    }

    void stop(@Observes ShutdownEvent event) {
        var running = service;
        if (running != null) {
            service = null;
            running.shutdown();
            LOG.info("Embedded Neo4j stopped");
        }
    }

    public boolean isRunning() {
        return service != null;
    }

    /** Embedded runs only when enabled and the driver points at its own address. */
    boolean shouldStart() {
        if (!config.enabled()) {
            return false;
        }
        boolean loopback = "localhost".equals(driverUri.getHost())
                || driverUri.getHost().equals(config.boltAddress())
                || driverUri.getHost().startsWith("127.");
        return loopback && driverUri.getPort() == config.boltPort();
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
