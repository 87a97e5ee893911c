package dev.policygraph.seed;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.policygraph.ingest.ArticleInput;
import dev.policygraph.ingest.ArticleGraph;
import dev.policygraph.pipeline.Ingestion;

/**
 * The opt-in demo set ({@code policygraph.seed.demo=true}): generated articles of the genre, written by the test
 * generator {@code SyntheticCorpus} into {@value #RESOURCE}. Every source address starts with {@value #SOURCE_PREFIX},
 * so anything drawn from them is recognisably synthetic and can be deleted by that prefix.
 */
public final class DemoSet {

    public static final String RESOURCE = "demo/synthetic-articles.jsonl.gz";
    public static final String SOURCE_PREFIX = "urn:policygraph:demo:synthetic-";

    private static final int BATCH = 100;

    private DemoSet() {
    }

    /** The demo articles, in order. */
    public static List<ArticleInput> articles() {
        var mapper = new ObjectMapper();
        var articles = new ArrayList<ArticleInput>();
        try (InputStream in = DemoSet.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the demo set " + RESOURCE + " is missing from the class path");
            }
            var lines = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                JsonNode a = mapper.readTree(line);
                articles.add(new ArticleInput(a.get("text").asText(), a.get("sourceUrl").asText(),
                        OffsetDateTime.parse(a.get("publishedAt").asText())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return articles;
    }

    /** Ingests the demo articles not yet stored, a batch per transaction. @return how many were new */
    public static int load(Ingestion ingestion) {
        List<ArticleInput> articles = articles();
        int created = 0;
        for (int from = 0; from < articles.size(); from += BATCH) {
            List<ArticleInput> batch = articles.subList(from, Math.min(from + BATCH, articles.size()));
            Set<String> stored = ingestion.storedOf(batch.stream().map(ArticleInput::text).toList());
            List<ArticleGraph> graphs = batch.stream().filter(a -> !stored.contains(a.text()))
                    .map(ingestion::extract).toList();
            if (!graphs.isEmpty()) {
                created += (int) ingestion.store(graphs).stream().filter(o -> o.created()).count();
            }
        }
        return created;
    }
}
