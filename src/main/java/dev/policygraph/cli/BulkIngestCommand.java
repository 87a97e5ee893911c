package dev.policygraph.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.policygraph.cascade.RelayLinker;
import dev.policygraph.config.PolicygraphConfig;
import dev.policygraph.embedded.EmbeddedDatabase;
import dev.policygraph.embedded.StoreInUseException;
import dev.policygraph.schema.MigrationRunner;
import dev.policygraph.pipeline.Ingestion;
import dev.policygraph.graph.store.BoltStore;
import dev.policygraph.graph.store.GraphStore;
import dev.policygraph.graph.store.InProcessStore;
import dev.policygraph.ingest.ArticleExtractor;
import dev.policygraph.ingest.ArticleGraph;
import dev.policygraph.ingest.RejectedArticleException;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Ingests a folder of {@code .txt} articles or a JSON-lines file into Neo4j, in batched transactions, with
 * progress. Re-running skips what is stored (content hash), so an interrupted run resumes where it stopped. On an
 * embedded store it opened itself, relays are linked after all articles are written ({@code PendingRelays}).
 * <p>
 * A separate entry point from the HTTP service: it uses the same extractor and writer, without Quarkus.
 */
@Command(name = "policygraph-ingest", mixinStandardHelpOptions = true,
        description = "Ingest articles (.txt files in folders, or .jsonl with {text, sourceUrl, publishedAt}) into Neo4j.")
public class BulkIngestCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "folders of .txt articles and/or .jsonl files")
    List<Path> paths;

    @Option(names = "--uri", description = "Neo4j to write to, e.g. bolt://127.0.0.1:7687 (a running service's "
            + "embedded database) or neo4j://host:7687. Without it, an embedded database is opened on --data-dir.")
    String uri;

    @Option(names = "--user", defaultValue = "neo4j")
    String user;

    @Option(names = "--password", description = "omit for a server without authentication", defaultValue = "")
    String password;

    @Option(names = "--data-dir", defaultValue = "data/neo4j",
            description = "embedded store when no --uri is given (the service must not be running on it)")
    Path dataDir;

    @Option(names = "--batch", defaultValue = "100", description = "articles per transaction (default: ${DEFAULT-VALUE})")
    int batchSize;

    @Option(names = "--report", defaultValue = "ingest-report.jsonl",
            description = "where rejected articles and their reasons are written (default: ${DEFAULT-VALUE})")
    Path report;

    @Option(names = "--link-threshold", defaultValue = PolicygraphConfig.Cascade.DEFAULT_LINK_THRESHOLD,
            description = "lowest confidence for linking a relay to a meeting of another name (default: ${DEFAULT-VALUE})")
    double linkThreshold;

    @Spec
    CommandSpec spec;

    @Option(names = "--quiet", description = "no progress bar")
    boolean quiet;

    /** What the last run did (for callers embedding the command, e.g. tests and benchmarks). */
    Summary summary;

    public Summary lastSummary() {
        return summary;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new BulkIngestCommand()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        int total = ArticleSource.count(paths);
        if (uri != null) {
            AuthToken auth = password.isEmpty() ? AuthTokens.none() : AuthTokens.basic(user, password);
            try (Driver driver = GraphDatabase.driver(uri, auth)) {
                driver.verifyConnectivity();
                return ingest(new BoltStore(driver), total, false);
            }
        }
        // In-process, with no network port: nothing else can reach the store while this runs.
        EmbeddedDatabase embedded;
        try {
            embedded = EmbeddedDatabase.start(dataDir, Optional.empty(), "512m");
        } catch (StoreInUseException e) {
            spec.commandLine().getErr().println("The store " + e.store() + " is in use: if the service is running on it, "
                    + "write through the service's database instead: start the service with "
                    + "policygraph.embedded.bolt-enabled=true and a policygraph.embedded.bolt-password, then run this "
                    + "with --uri bolt://127.0.0.1:7687 --password <that password>. Or stop the service first.");
            return 1;
        }
        try {
            return ingest(new InProcessStore(embedded.database()), total, true);
        } finally {
            embedded.stop();
        }
    }

    /**
     * @param ownsStore true for an embedded store this command opened: nothing else reads or writes it meanwhile,
     *                  so relays are linked once at the end of the run instead of in each batch's transaction
     */
    private int ingest(GraphStore store, int total, boolean ownsStore) throws IOException {
        new MigrationRunner(store, new RelayLinker(linkThreshold)).migrate();
        summary = run(ArticleSource.stream(paths), total, store, ownsStore);
        System.out.println(summary.describe(report));
        return summary.rejected() > 0 ? 2 : 0;
    }

    /** One batch, extracted: what to write, and what was skipped or rejected before writing. */
    private record Prepared(int size, List<ArticleGraph> graphs, int skipped, List<Map<String, String>> rejections) {
    }

    /**
     * Extraction runs one batch ahead on its own thread while the previous batch is written, so the two overlap.
     * An article already stored is caught either by the look-up before extraction or, if it arrived in the batch
     * being written meanwhile, by the writer's own check in the transaction.
     */
    private Summary run(Iterator<ArticleSource> sources, int total, GraphStore store, boolean ownsStore)
            throws IOException {
        var ingestion = Ingestion.over(store, new ArticleExtractor(), linkThreshold);
        if (!ownsStore && ingestion.holdsRelays()) {
            // held by an embedded run that stopped before linking: whoever writes next links them first
            ingestion.linkHeld();
        }
        var counts = new int[3]; // ingested, skipped, rejected
        long began = System.nanoTime();
        ExecutorService extraction = Executors.newSingleThreadExecutor(r -> {
            var t = new Thread(r, "extract");
            t.setDaemon(true);
            return t;
        });
        try (BufferedWriter rejects = Files.newBufferedWriter(report, StandardCharsets.UTF_8);
                ProgressBar bar = progress(total)) {
            var json = new ObjectMapper();
            int done = 0;
            Future<Prepared> next = sources.hasNext() ? extraction.submit(() -> prepare(read(sources), ingestion)) : null;
            while (next != null) {
                Prepared batch = await(next);
                next = sources.hasNext() ? extraction.submit(() -> prepare(read(sources), ingestion)) : null;
                counts[1] += batch.skipped();
                for (var r : batch.rejections()) {
                    counts[2]++;
                    rejects.write(json.writeValueAsString(r));
                    rejects.newLine();
                }
                var outcomes = ownsStore ? ingestion.storeHoldingRelays(batch.graphs()) : ingestion.store(batch.graphs());
                for (var outcome : outcomes) {
                    counts[outcome.created() ? 0 : 1]++;
                }
                done += batch.size();
                if (bar != null) {
                    bar.stepTo(done);
                }
            }
        } finally {
            extraction.shutdownNow();
        }
        if (ownsStore) {
            ingestion.linkHeld(); // this run's references, and any an earlier run left held
        }
        return new Summary(counts[0] + counts[1] + counts[2], counts[0], counts[1], counts[2], Duration.ofNanos(System.nanoTime() - began));
    }

    private List<ArticleSource> read(Iterator<ArticleSource> sources) {
        var batch = new ArrayList<ArticleSource>(batchSize);
        while (sources.hasNext() && batch.size() < batchSize) {
            batch.add(sources.next());
        }
        return batch;
    }

    private static Prepared prepare(List<ArticleSource> batch, Ingestion ingestion) {
        Set<String> stored = ingestion.storedOf(batch.stream().map(ArticleSource::text).toList());
        var graphs = new ArrayList<ArticleGraph>();
        var rejections = new ArrayList<Map<String, String>>();
        int skipped = 0;
        for (ArticleSource source : batch) {
            if (source.text() != null && stored.contains(source.text())) {
                skipped++;
                continue;
            }
            try {
                graphs.add(ingestion.extract(source.input()));
            } catch (RejectedArticleException e) {
                rejections.add(rejection(source, e.code(), e.getMessage()));
            } catch (RuntimeException e) {
                // An extractor bug on one article must not stop a long run: report it and go on.
                rejections.add(rejection(source, "EXTRACTION_FAILED", String.valueOf(e)));
            }
        }
        return new Prepared(batch.size(), graphs, skipped, rejections);
    }

    private static Prepared await(Future<Prepared> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IOException(e.getCause());
        }
    }

    private static Map<String, String> rejection(ArticleSource source, String code, String message) {
        var r = new java.util.LinkedHashMap<String, String>();
        r.put("source", source.name());
        r.put("code", code);
        r.put("message", message == null ? "" : message);
        return r;
    }

    private ProgressBar progress(int total) {
        if (quiet) {
            return null;
        }
        return new ProgressBarBuilder().setTaskName("ingest").setInitialMax(total).setUnit(" articles", 1)
                .setStyle(ProgressBarStyle.ASCII).showSpeed().build();
    }

    public record Summary(int total, int ingested, int skipped, int rejected, Duration took) {

        public String describe(Path report) {
            double seconds = Math.max(took.toMillis(), 1) / 1000.0;
            return String.format("%d articles: %d ingested, %d skipped (already stored), %d rejected%s; %.1f s, %.1f articles/s",
                    total, ingested, skipped, rejected, rejected > 0 ? " (reasons in " + report + ")" : "", seconds,
                    total / seconds);
        }
    }
}
