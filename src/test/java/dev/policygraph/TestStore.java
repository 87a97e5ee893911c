package dev.policygraph;

import java.nio.file.Path;
import java.util.Optional;

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
}
