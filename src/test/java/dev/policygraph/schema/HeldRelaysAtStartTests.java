package dev.policygraph.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.policygraph.GraphQl;
import dev.policygraph.TestStore;
import dev.policygraph.bench.SyntheticCorpus;
import dev.policygraph.cascade.RelayLinker;
import dev.policygraph.graph.store.GraphStore;
import dev.policygraph.ingest.ArticleInput;
import dev.policygraph.pipeline.Ingestion;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * A bulk run that stopped between writing its articles and linking their relays leaves the references held on the
 * meetings; the service links them when it starts on that store, before it answers.
 */
@QuarkusTest
@TestProfile(HeldRelaysAtStartTests.StoreABulkRunLeftHeld.class)
class HeldRelaysAtStartTests {

    /** A store written as a bulk run writes it, stopped before its link pass. */
    public static class StoreABulkRunLeftHeld implements QuarkusTestProfile {

        private static Path store;

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("policygraph.seed.enabled", "false", "policygraph.embedded.data-dir", prepared().toString());
        }

        private static synchronized Path prepared() {
            if (store == null) {
                try {
                    store = Files.createTempDirectory("held-relays").resolve("store");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                try (var db = TestStore.open(store)) {
                    new MigrationRunner(db.graph(), new RelayLinker(RelayLinker.DEFAULT_THRESHOLD)).migrate();
                    var ingestion = Ingestion.over(db.graph());
                    ingestion.storeHoldingRelays(new SyntheticCorpus(7).generate(12).stream()
                            .map(a -> ingestion.extract(new ArticleInput(a.text(), a.sourceUrl(), a.publishedAt())))
                            .toList());
                    if (!ingestion.holdsRelays()) {
                        throw new IllegalStateException("the prepared store holds no relay references");
                    }
                }
            }
            return store;
        }
    }

    @Inject
    GraphStore store;

    @Test
    void theServiceLinksThemAtStartAndShowsTheRelays() {
        assertThat(store.query("MATCH (m:RelaysPending) RETURN count(m) AS n", Map.of()).get(0).get("n").asLong())
                .isZero();

        List<List<Object>> relays = GraphQl.query("{ meetings(first: 50) { nodes { name relays { name } } } }")
                .getList("data.meetings.nodes.relays");
        assertThat(relays).anyMatch(r -> !r.isEmpty());
    }
}
