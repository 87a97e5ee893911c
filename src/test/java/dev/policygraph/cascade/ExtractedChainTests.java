package dev.policygraph.cascade;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import dev.policygraph.graph.Ingestion;
import dev.policygraph.ingest.ArticleInput;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** Chain A through the real extractor and the ordinary ingest path (depends on the ingest branch's extractor). */
@QuarkusTest
@TestProfile(CascadeProfile.class)
class ExtractedChainTests {

    @Inject
    Driver driver;

    @Inject
    Ingestion ingestion;

    @Test
    @org.junit.jupiter.api.Disabled("With ingest@merge: 福建→国家邮政局 and 泉州→福建 are linked, but no 四川 relay edge to the 2020 "
            + "national meeting appears yet; investigate what the extractor emits for 上半年全國郵政管理工作TV電話會議")
    void extractedChainAHasEveryGoldRelayAndNotTheDistractor() throws Exception {
        Graphs.wipe(driver);
        for (String file : List.of(ChainArticles.ZJ_FILE, ChainArticles.QZ_FILE, ChainArticles.SC_FILE,
                ChainArticles.FJ_FILE, ChainArticles.SEED_FILE)) {
            String text = Files.readString(Path.of("src/test/resources/corpus", file + ".txt"), StandardCharsets.UTF_8);
            ingestion.ingest(new ArticleInput(text, "test:" + file, null));
        }
        var rows = driver.executableQuery("""
                MATCH (a:Meeting)-[:RELAYS]->(b:Meeting)<-[:CONVENED]-(g:Organization)
                RETURN g.key + '|' + b.year AS target, [(a)<-[:CONVENED]-(c) | c.key][0] AS from, b.placeholder AS p""")
                .execute().records().stream()
                .map(r -> r.get("from").asString("?") + ">" + r.get("target").asString("?") + (r.get("p").asBoolean(false) ? "(placeholder)" : ""))
                .toList();
        assertThat(rows).as(rows.toString()).contains("福建省邮政管理局>国家邮政局|2020", "泉州市邮政管理局>福建省邮政管理局|2020");
        assertThat(rows).anyMatch(r -> r.startsWith("四川省邮政管理局") && r.endsWith(">国家邮政局|2020"));
        assertThat(rows).noneMatch(r -> r.startsWith("浙江省邮政管理局") && r.contains("|2020"));
        assertThat(driver.executableQuery("MATCH (m:Meeting {placeholder: false}) RETURN count(m) AS n").execute()
                .records().get(0).get("n").asLong()).isEqualTo(5);
        assertThat(Map.of()).isEmpty();
    }
}
