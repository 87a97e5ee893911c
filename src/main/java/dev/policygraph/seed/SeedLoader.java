package dev.policygraph.seed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import dev.policygraph.config.PolicygraphConfig;
import dev.policygraph.pipeline.Ingestion;
import dev.policygraph.graph.store.StoreUnavailableException;
import dev.policygraph.ingest.ArticleInput;
import dev.policygraph.ingest.RejectedArticleException;
import io.quarkus.runtime.StartupEvent;

/**
 * Ingests the {@code .txt} articles of the seed folder at start through the ordinary ingest path. Articles already
 * stored are recognised by content hash before extraction, so later starts cost almost nothing. By default the
 * first load runs in the background so the service answers at once; tests wait for it.
 */
@ApplicationScoped
class SeedLoader {

    private static final Logger LOG = Logger.getLogger(SeedLoader.class);

    void load(@Observes @Priority(20) StartupEvent event, PolicygraphConfig config, Ingestion ingestion) {
        if (!config.seed().enabled()) {
            return;
        }
        Path dir = config.seed().dir();
        boolean demo = config.seed().demo();
        Runnable load = () -> {
            if (Files.isDirectory(dir)) {
                loadAll(dir, ingestion);
            } else {
                LOG.infof("No seed folder at %s; starting with what the database holds", dir.toAbsolutePath());
            }
            if (demo) {
                loadDemo(ingestion);
            }
        };
        if (config.seed().background()) {
            Thread.ofVirtual().name("seed-loader").start(load);
        } else {
            load.run();
        }
    }

    private static void loadDemo(Ingestion ingestion) {
        long began = System.nanoTime();
        try {
            int created = DemoSet.load(ingestion);
            LOG.infof("Demo set (synthetic articles, sources %s…): %d new, in %d ms", DemoSet.SOURCE_PREFIX, created,
                    (System.nanoTime() - began) / 1_000_000);
        } catch (StoreUnavailableException e) {
            LOG.warnf("Database unavailable, demo set skipped until the next start: %s", e.getMessage());
        }
    }

    private static void loadAll(Path dir, Ingestion ingestion) {
        long began = System.nanoTime();
        int created = 0;
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            LOG.errorf("Cannot list the seed folder %s: %s", dir.toAbsolutePath(), e.getMessage());
            return;
        }
        for (Path file : files) {
            try {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                if (!ingestion.isStored(text)
                        && ingestion.ingest(new ArticleInput(text, "urn:policygraph:seed:" + file.getFileName(), null)).outcome().created()) {
                    created++;
                }
            } catch (IOException | RejectedArticleException e) {
                LOG.warnf("Seed article %s skipped: %s", file, e.getMessage());
            } catch (StoreUnavailableException e) {
                // Start anyway: the service answers database-unavailable until the database returns.
                LOG.warnf("Database unavailable, seed skipped until the next start: %s", e.getMessage());
                return;
            } catch (RuntimeException e) {
                LOG.errorf(e, "Seed article %s failed", file);
            }
        }
        LOG.infof("Seed: %d of %d articles new, in %d ms", created, files.size(), (System.nanoTime() - began) / 1_000_000);
    }
}
