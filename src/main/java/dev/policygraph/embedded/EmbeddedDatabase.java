package dev.policygraph.embedded;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.io.locker.FileLockException;

import inet.ipaddr.IPAddressString;

/**
 * A running in-process Neo4j, used by the service and the bulk CLI through its transaction API. By default it opens
 * no network port at all: nothing outside this JVM can send it Cypher. An operator who wants Neo4j Browser or
 * cypher-shell on it turns on a Bolt connector, which then requires the password they set (user {@code neo4j}).
 * LOAD CSV can neither read local files nor fetch URLs.
 */
public final class EmbeddedDatabase {

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);

    /** A Bolt connector for operators: where it listens and the password of user {@code neo4j}. */
    public record BoltAccess(String address, int port, String password) {
    }

    private final DatabaseManagementService service;
    private final GraphDatabaseService database;

    private EmbeddedDatabase(DatabaseManagementService service) {
        this.service = service;
        this.database = service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    }

    /**
     * @param bolt empty for no network connector (the default)
     * @throws EmbeddedStartException with a message saying what to change when the store is not writable, the port
     *                                is taken or the password is too short
     */
    public static EmbeddedDatabase start(Path dataDir, Optional<BoltAccess> bolt, String pageCache) {
        long began = System.nanoTime();
        Path home = dataDir.toAbsolutePath();
        requireWritable(home);
        bolt.ifPresent(EmbeddedDatabase::requireUsable);
        var builder = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, bolt.isPresent())
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, bolt.isPresent())
                // No usage report to Neo4j from inside our service (it is on by default, even embedded).
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                // LOAD CSV: no local files, and no address is fetchable.
                .setConfig(GraphDatabaseSettings.allow_file_urls, false)
                .setConfig(GraphDatabaseInternalSettings.cypher_ip_blocklist,
                        List.of(new IPAddressString("0.0.0.0/0"), new IPAddressString("::/0")))
                .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(5))
                // Shutdown drops from ~10 s to ~0.5 s.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .setConfig(GraphDatabaseSettings.pagecache_memory, SettingValueParsers.BYTES.parse(pageCache));
        bolt.ifPresent(b -> builder
                .setConfig(BoltConnector.listen_address, new SocketAddress(b.address(), b.port()))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED));
        var service = build(builder, home);
        var running = new EmbeddedDatabase(service);
        bolt.ifPresent(b -> running.setPassword(b.password()));
        LOG.infof("Embedded Neo4j ready in %d ms (store %s, %s)", (System.nanoTime() - began) / 1_000_000, home,
                bolt.map(b -> "Bolt for operators on bolt://" + b.address() + ":" + b.port() + ", password required")
                        .orElse("no network connector"));
        return running;
    }

    /** Neo4j says a held store lock in a stack of lifecycle errors; the user needs one line. */
    private static DatabaseManagementService build(DatabaseManagementServiceBuilder builder, Path home) {
        try {
            return builder.build();
        } catch (RuntimeException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof FileLockException) {
                    throw new StoreInUseException(home);
                }
            }
            throw e;
        }
    }

    /** The default database, for in-process transactions. */
    public GraphDatabaseService database() {
        return database;
    }

    public void stop() {
        service.shutdown();
        LOG.info("Embedded Neo4j stopped");
    }

    private void setPassword(String password) {
        try {
            service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        } catch (QueryExecutionException e) {
            // A restart on an existing store with the same password: Neo4j refuses to "change" it to itself.
            if (e.getMessage() == null || !e.getMessage().contains("Old password and new password cannot be the same")) {
                throw e;
            }
        }
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

    private static void requireUsable(BoltAccess bolt) {
        if (bolt.password() == null || bolt.password().length() < 8) {
            throw new EmbeddedStartException("policygraph.embedded.bolt-enabled=true needs a password of at least 8"
                    + " characters for user neo4j: set policygraph.embedded.bolt-password (env"
                    + " POLICYGRAPH_EMBEDDED_BOLT_PASSWORD).");
        }
        try (var socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(bolt.address(), bolt.port()));
        } catch (IOException e) {
            throw new EmbeddedStartException("Bolt port " + bolt.port() + " on " + bolt.address()
                    + " is already in use (another Neo4j or another policygraph?). Stop it, or set"
                    + " policygraph.embedded.bolt-port (env POLICYGRAPH_EMBEDDED_BOLT_PORT) to a free port.");
        }
    }
}
