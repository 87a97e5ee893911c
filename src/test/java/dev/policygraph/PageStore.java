package dev.policygraph;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.policygraph.bench.SyntheticCorpus;
import dev.policygraph.cascade.ChainArticles;
import dev.policygraph.cascade.Graphs;
import dev.policygraph.graph.store.GraphStore;
import dev.policygraph.ingest.ArticleGraph;
import dev.policygraph.ingest.ArticleInput;
import dev.policygraph.pipeline.Ingestion;

/**
 * The store the page tests draw from: the chain-A articles and 2 000 synthetic ones (generator seed 7). Filling it
 * costs a minute, so the dashboard and cascade page tests share it: it is filled only when the service's store does
 * not already hold exactly these articles (another class of the same test profile may have wiped it meanwhile).
 */
public final class PageStore {

    public static final int SYNTHETIC = 2000;
    private static final int BATCH = 200;
    private static final long GENERATOR_SEED = 7;

    private PageStore() {
    }

    public static void ensure(GraphStore store, Ingestion ingestion) {
        if (holdsIt(store)) {
            return;
        }
        long start = System.nanoTime();
        Graphs.wipe(store);
        Graphs.write(ingestion, ChainArticles.chainA());
        storeSynthetic(ingestion);
        System.out.printf("page store: chain A + %d synthetic articles in %d ms%n", SYNTHETIC,
                (System.nanoTime() - start) / 1_000_000);
    }

    private static boolean holdsIt(GraphStore store) {
        var row = store.query("""
                MATCH (a:Article)
                RETURN count(a) AS all, count(CASE WHEN a.sourceUrl STARTS WITH $synthetic THEN 1 END) AS synthetic""",
                Map.of("synthetic", "https://news.example.gov.cn/" + GENERATOR_SEED + "/")).get(0);
        long chain = ChainArticles.chainA().size();
        return row.get("synthetic").asLong() == SYNTHETIC && row.get("all").asLong() == SYNTHETIC + chain;
    }

    /** Extracts each batch on a second thread while the previous batch is stored, as the bulk command does. */
    private static void storeSynthetic(Ingestion ingestion) {
        List<SyntheticCorpus.Article> articles = new SyntheticCorpus(GENERATOR_SEED).generate(SYNTHETIC);
        ExecutorService extractor = Executors.newSingleThreadExecutor();
        try {
            Future<List<ArticleGraph>> next = extractor.submit(() -> extract(ingestion, articles, 0));
            for (int from = 0; from < articles.size(); from += BATCH) {
                List<ArticleGraph> batch = next.get();
                int after = from + BATCH;
                next = extractor.submit(() -> extract(ingestion, articles, after));
                ingestion.store(batch);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            extractor.shutdownNow();
        }
    }

    private static List<ArticleGraph> extract(Ingestion ingestion, List<SyntheticCorpus.Article> articles, int from) {
        return articles.subList(Math.min(from, articles.size()), Math.min(from + BATCH, articles.size())).stream()
                .map(a -> ingestion.extract(new ArticleInput(a.text(), a.sourceUrl(), a.publishedAt()))).toList();
    }
}
