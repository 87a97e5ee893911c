package dev.policygraph.schema;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jboss.logging.Logger;

import dev.policygraph.cascade.MatchTermsBackfill;
import dev.policygraph.cascade.RelayLinker;
import dev.policygraph.cascade.ScopedRelayBackfill;
import dev.policygraph.graph.store.GraphStore;

/**
 * Applies the versioned scripts under {@code neo4j/migrations/} that the database has not seen yet, recording each
 * as a {@code :__Migration} node. Scripts use {@code IF NOT EXISTS}, so a race between two starting instances is
 * harmless. A small runner of our own: neo4j-migrations-quarkus does not resolve here, and the core library costs
 * seconds of start-up for two scripts.
 */
public class MigrationRunner {

    private static final Logger LOG = Logger.getLogger(MigrationRunner.class);
    private static final String FOLDER = "neo4j/migrations/";

    private static final String APPLIED = """
            MATCH (m:__Migration) RETURN m.version AS version
            """;
    private static final String RECORD = """
            MERGE (m:__Migration {version: $version})
            SET m.description = $description, m.checksum = $checksum, m.appliedAt = datetime()
            """;

    /** Data a script's schema needs that only Java can compute; run after the script, before it is recorded. */
    private final Map<String, java.util.function.Consumer<GraphStore>> dataSteps;

    private final GraphStore store;

    /** With the default link threshold, for tools and tests that run no service. */
    public MigrationRunner(GraphStore store) {
        this(store, new RelayLinker(RelayLinker.DEFAULT_THRESHOLD));
    }

    /** @param linker places relay references again where a migration changes how they are linked */
    public MigrationRunner(GraphStore store, RelayLinker linker) {
        this.store = store;
        this.dataSteps = Map.of(
                "0003", MatchTermsBackfill::run,
                "0004", MatchTermsBackfill::run,
                "0005", d -> ScopedRelayBackfill.run(d, linker));
    }

    /** @return the versions applied by this call */
    public List<String> migrate() {
        Set<String> applied = store.query(APPLIED, Map.of()).stream()
                .map(r -> r.get("version").asString())
                .collect(Collectors.toSet());
        var done = new ArrayList<String>();
        for (Migration migration : available()) {
            if (applied.contains(migration.version())) {
                continue;
            }
            // Schema statements cannot share a transaction with data writes, but can share one with each other:
            // one transaction per script is several times faster than one per statement.
            store.write(tx -> {
                migration.statements().forEach(tx::run);
                return null;
            });
            if (dataSteps.containsKey(migration.version())) {
                store.execute("CALL db.awaitIndexes(60)");
                dataSteps.get(migration.version()).accept(store);
            }
            store.execute(RECORD, Map.of(
                    "version", migration.version(),
                    "description", migration.description(),
                    "checksum", migration.checksum()));
            LOG.infof("Applied migration V%s %s", migration.version(), migration.description());
            done.add(migration.version());
        }
        if (!done.isEmpty()) {
            store.execute("CALL db.awaitIndexes(60)");
        }
        return done;
    }

    static List<Migration> available() {
        return read("index.txt").lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .map(name -> Migration.of(name, read(name)))
                .toList();
    }

    private static String read(String name) {
        try (InputStream in = MigrationRunner.class.getClassLoader().getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing migration resource " + FOLDER + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + FOLDER + name, e);
        }
    }
}
