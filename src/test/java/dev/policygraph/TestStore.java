package dev.policygraph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import dev.policygraph.embedded.EmbeddedDatabase;
import dev.policygraph.schema.MigrationRunner;
import dev.policygraph.graph.store.GraphStore;
import dev.policygraph.graph.store.InProcessStore;

/**
 * An embedded Neo4j with the schema migrated, reached in-process like the service reaches its own, for tests that
 * write or read a store without starting the service. Close it to stop the database.
 */
public record TestStore(EmbeddedDatabase database, GraphStore graph) implements AutoCloseable {

    /** Every node but the migration records: the schema (constraints, indexes) stays as the migrations left it. */
    static final String WIPE = """
            MATCH (n) WHERE NOT n:__Migration
            CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS""";

    public static TestStore open(Path store) {
        var database = EmbeddedDatabase.start(store, Optional.empty(), "64m");
        var graph = new InProcessStore(database.database());
        new MigrationRunner(graph).migrate();
        return new TestStore(database, graph);
    }

    /** Removes every node but the migration records, in an implicit transaction as CALL … IN TRANSACTIONS needs. */
    public void wipe() {
        database.database().executeTransactionally(WIPE);
    }

    @Override
    public void close() {
        database.stop();
    }

    /**
     * One migrated store for every plain test class in the JVM, started by the first class that asks (a start costs
     * seconds) and stopped when the test run ends. Each class starts on an empty graph: the data of the class
     * before is wiped, the schema kept.
     * {@code @RegisterExtension static final TestStore.Shared STORE = new TestStore.Shared();}
     * <p>
     * Test classes run one after another (no parallel execution is configured), so a class has the store to itself.
     * Tests that need a store of their own open one: {@code BulkIngestCommandTests} (the command starts and stops the
     * database itself), {@code EmbeddedNeo4jTests} (start-up settings and failures), the Quarkus tests (the service
     * starts its own).
     */
    public static final class Shared implements BeforeAllCallback {

        private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Shared.class);

        private TestStore store;

        public GraphStore graph() {
            return store.graph();
        }

        @Override
        public void beforeAll(ExtensionContext context) {
            // The root context's store outlives every class and closes its AutoCloseable values when the run ends.
            store = context.getRoot().getStore(NAMESPACE)
                    .computeIfAbsent(Running.class, k -> Running.start(), Running.class).store();
            store.wipe();
        }

        /** The shared store and the temporary folder it lives in, removed when the run ends. */
        private record Running(Path dir, TestStore store) implements AutoCloseable {

            static Running start() {
                try {
                    Path dir = Files.createTempDirectory("policygraph-test-store");
                    return new Running(dir, TestStore.open(dir.resolve("store")));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public void close() throws IOException {
                store.close();
                deleteTree(dir);
            }
        }
    }

    /** Deletes a store directory a test made: each embedded store is half a gigabyte, and /tmp is not emptied for us. */
    public static void deleteTree(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
