package dev.policygraph.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.policygraph.TestStore;
import dev.policygraph.bench.SyntheticCorpus;
import dev.policygraph.pipeline.Ingestion;

/**
 * The demo set: the committed file is what the generator makes (so it cannot drift from it), every source is marked
 * synthetic, and loading it draws cascades from the centre down to cities. Regenerate the file after a generator
 * change with {@code -Dpolicygraph.demo.update=true}.
 */
class DemoSetTests {

    @RegisterExtension
    static final TestStore.Shared STORE = new TestStore.Shared();

    private static final int ARTICLES = 400;
    private static final long GENERATOR_SEED = 2026;
    private static final Path FILE = Path.of("src/main/resources", DemoSet.RESOURCE);

    @Test
    void theCommittedSetIsTheGeneratorsOutput() throws IOException {
        byte[] generated = generate();
        if (Boolean.getBoolean("policygraph.demo.update")) {
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(FILE))) {
                out.write(generated);
            }
        }
        byte[] committed;
        try (var in = new GZIPInputStream(Files.newInputStream(FILE))) {
            committed = in.readAllBytes();
        }
        assertThat(new String(committed, StandardCharsets.UTF_8)).isEqualTo(new String(generated, StandardCharsets.UTF_8));
    }

    @Test
    void loadingDrawsCascadesFromTheCentreToCitiesAndEverySourceSaysSynthetic() {
        var ingestion = Ingestion.over(STORE.graph());
        assertThat(DemoSet.load(ingestion)).isEqualTo(ARTICLES);
        assertThat(DemoSet.load(ingestion)).as("a second start adds nothing").isZero();

        var articles = STORE.graph().query("""
                MATCH (a:Article) RETURN count(a) AS n,
                       count(CASE WHEN a.sourceUrl STARTS WITH $prefix THEN 1 END) AS synthetic""",
                Map.of("prefix", DemoSet.SOURCE_PREFIX)).get(0);
        assertThat(articles.get("n").asLong()).isEqualTo(ARTICLES);
        assertThat(articles.get("synthetic").asLong()).isEqualTo(ARTICLES);

        // City meetings relaying provincial ones that relay a ministry's, which implements a central directive.
        long chains = STORE.graph().query("""
                MATCH (:Directive)<-[:IMPLEMENTS]-(m:Meeting)<-[:RELAYS]-(p:Meeting)<-[:RELAYS]-(c:Meeting),
                      (m)<-[:CONVENED]-(:Organization {level: 'MINISTRY'}),
                      (p)<-[:CONVENED]-(:Organization {level: 'PROVINCIAL'}),
                      (c)<-[:CONVENED]-(:Organization {level: 'MUNICIPAL'})
                RETURN count(*) AS n""", Map.of()).get(0).get("n").asLong();
        assertThat(chains).isGreaterThan(20);
    }

    private static byte[] generate() throws IOException {
        var json = new ObjectMapper();
        var out = new ByteArrayOutputStream();
        for (SyntheticCorpus.Article a : new SyntheticCorpus(GENERATOR_SEED).generate(ARTICLES)) {
            var line = new LinkedHashMap<String, Object>();
            line.put("text", a.text());
            line.put("sourceUrl", DemoSet.SOURCE_PREFIX + a.index());
            line.put("publishedAt", a.publishedAt().toString());
            out.write(json.writeValueAsBytes(line));
            out.write('\n');
        }
        return out.toByteArray();
    }
}
