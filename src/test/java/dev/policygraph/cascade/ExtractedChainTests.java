package dev.policygraph.cascade;

import static org.assertj.core.api.Assertions.assertThat;
import dev.policygraph.NoSeedProfile;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import dev.policygraph.graph.store.GraphStore;

import dev.policygraph.pipeline.Ingestion;
import dev.policygraph.ingest.ArticleInput;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** Chain A through the real extractor and the ordinary ingest path (depends on the ingest branch's extractor). */
@QuarkusTest
@TestProfile(NoSeedProfile.class)
class ExtractedChainTests {

    @Inject
    GraphStore store;

    @Inject
    Ingestion ingestion;

    @Test
    void extractedChainAHasEveryGoldRelayAndNotTheDistractor() throws Exception {
        Graphs.wipe(store);
        for (String file : List.of(ChainArticles.ZJ_FILE, ChainArticles.QZ_FILE, ChainArticles.SC_FILE,
                ChainArticles.FJ_FILE, ChainArticles.SEED_FILE)) {
            String text = Files.readString(Path.of("src/test/resources/corpus", file + ".txt"), StandardCharsets.UTF_8);
            ingestion.ingest(new ArticleInput(text, "urn:policygraph:test:" + file, null));
        }
        var rows = store.execute("""
                MATCH (a:Meeting)-[:RELAYS]->(b:Meeting)<-[:CONVENED]-(g:Organization)
                RETURN g.key + '|' + b.year AS target, [(a)<-[:CONVENED]-(c) | c.key][0] AS from, b.placeholder AS p""").stream()
                .map(r -> r.get("from").asString("?") + ">" + r.get("target").asString("?") + (r.get("p").asBoolean(false) ? "(placeholder)" : ""))
                .toList();
        assertThat(rows).as(rows.toString()).contains("福建省邮政管理局>国家邮政局|2020", "泉州市邮政管理局>福建省邮政管理局|2020");
        assertThat(rows).anyMatch(r -> r.startsWith("四川省邮政管理局") && r.endsWith(">国家邮政局|2020"));
        assertThat(rows).noneMatch(r -> r.startsWith("浙江省邮政管理局") && r.contains("|2020"));
        assertThat(store.execute("MATCH (m:Meeting {placeholder: false}) RETURN count(m) AS n").get(0).get("n").asLong()).isEqualTo(5);
    }

    @Test
    void extractedArticlesGiveTheSameGraphInEveryIngestOrder() throws Exception {
        var extractor = new dev.policygraph.ingest.ArticleExtractor();
        var articles = new java.util.ArrayList<dev.policygraph.ingest.ArticleGraph>();
        for (String file : List.of(ChainArticles.SEED_FILE, ChainArticles.FJ_FILE, ChainArticles.SC_FILE,
                ChainArticles.QZ_FILE)) {
            String text = Files.readString(Path.of("src/test/resources/corpus", file + ".txt"), StandardCharsets.UTF_8);
            articles.add(extractor.extract(new ArticleInput(text, "urn:policygraph:test:" + file, null)));
        }
        List<String> reference = null;
        for (var order : Graphs.permutations(articles)) {
            Graphs.wipe(store);
            Graphs.write(ingestion, order);
            List<String> dump = Graphs.dump(store);
            if (reference == null) {
                reference = dump;
            } else {
                var missing = new java.util.ArrayList<>(reference);
                missing.removeAll(dump);
                var extra = new java.util.ArrayList<>(dump);
                extra.removeAll(reference);
                assertThat(missing).as("lines lost in order %s, gained: %s", order.stream().map(a -> a.sourceUrl()).toList(), extra)
                        .isEmpty();
                assertThat(extra).as("lines gained in order %s", order.stream().map(a -> a.sourceUrl()).toList()).isEmpty();
            }
        }
        assertThat(reference).filteredOn(line -> line.contains("-RELAYS->")).hasSize(3);
    }
}
