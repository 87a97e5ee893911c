package dev.policygraph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.AfterAllCallback;
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

    public static TestStore open(Path store) {
        var database = EmbeddedDatabase.start(store, Optional.empty(), "64m");
        var graph = new InProcessStore(database.database());
        new MigrationRunner(graph).migrate();
        return new TestStore(database, graph);
    }

    @Override
    public void close() {
        database.stop();
    }

    /**
     * One store for all the tests of a class, in a temporary folder removed afterwards:
     * {@code @RegisterExtension static final TestStore.PerClass STORE = new TestStore.PerClass();}
     */
    public static final class PerClass implements BeforeAllCallback, AfterAllCallback {

        private Path dir;
        private TestStore store;

        public GraphStore graph() {
            return store.graph();
        }

        @Override
        public void beforeAll(ExtensionContext context) throws IOException {
            dir = Files.createTempDirectory("policygraph-test-store");
            store = TestStore.open(dir.resolve("store"));
        }

        @Override
        public void afterAll(ExtensionContext context) throws IOException {
            store.close();
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }
}
