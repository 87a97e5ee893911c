package dev.policygraph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import dev.policygraph.embedded.EmbeddedDatabase;
import dev.policygraph.graph.migrations.MigrationRunner;

/**
 * An embedded Neo4j on a free port with the schema migrated, for tests that write or read a store without starting
 * the service. Close it to stop the database.
 */
public record TestStore(EmbeddedDatabase database, Driver driver) implements AutoCloseable {

    public static TestStore open(Path store) {
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var database = EmbeddedDatabase.start(store, "127.0.0.1", port, "64m");
        var driver = GraphDatabase.driver("bolt://127.0.0.1:" + port, AuthTokens.none());
        new MigrationRunner(driver).migrate();
        return new TestStore(database, driver);
    }

    @Override
    public void close() {
        driver.close();
        database.stop();
    }
}
