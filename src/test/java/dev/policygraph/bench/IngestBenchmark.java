package dev.policygraph.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.policygraph.cli.BulkIngestCommand;
import dev.policygraph.ingest.ArticleExtractor;
import dev.policygraph.ingest.ArticleInput;
import picocli.CommandLine;

/**
 * Bulk ingest end to end (the {@code BulkIngestCommand}, embedded Neo4j on a fresh store) against a baseline
 * measured in the same run: extraction alone, single thread, over the same articles. Not a test.
 * Usage: {@code IngestBenchmark <corpus.jsonl> <store-dir> <out.md> [batch]}.
 */
public final class IngestBenchmark {

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args[0]);
        Path store = Path.of(args[1]);
        Path out = Path.of(args[2]);
        String batch = args.length > 3 ? args[3] : "100";
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

        // Baseline: extraction only, over the first 2000 articles (the same code the ingest runs).
        var json = new ObjectMapper();
        List<ArticleInput> sample = new ArrayList<>();
        long articles;
        try (Stream<String> lines = Files.lines(corpus, StandardCharsets.UTF_8)) {
            articles = lines.filter(l -> !l.isBlank()).peek(l -> {
                if (sample.size() < 2000) {
                    try {
                        JsonNode n = json.readTree(l);
                        sample.add(new ArticleInput(n.get("text").asText(), n.path("sourceUrl").asText(null),
                                OffsetDateTime.parse(n.get("publishedAt").asText())));
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }).count();
        }
        var extractor = new ArticleExtractor();
        sample.forEach(extractor::extract); // warm-up
        long cpu0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        for (var a : sample) {
            extractor.extract(a);
        }
        double extractSeconds = (System.nanoTime() - t0) / 1e9;
        double extractCpu = (os.getProcessCpuTime() - cpu0) / 1e9;
        double extractRate = sample.size() / extractSeconds;

        double load0 = os.getSystemLoadAverage();
        long cpu1 = os.getProcessCpuTime();
        var command = new BulkIngestCommand();
        int exit = new CommandLine(command).execute("--quiet", "--batch", batch, "--data-dir", store.toString(),
                "--report", out.resolveSibling(out.getFileName() + ".rejects.jsonl").toString(), corpus.toString());
        double ingestCpu = (os.getProcessCpuTime() - cpu1) / 1e9;
        double load1 = os.getSystemLoadAverage();
        var s = command.lastSummary();
        double seconds = s.took().toMillis() / 1000.0;
        double rate = s.total() / seconds;

        String md = String.format("""
                ## Bulk ingest, %d synthetic articles (batch %s, embedded Neo4j, fresh store)

                | measure | value |
                |---|---|
                | articles: ingested / skipped / rejected | %d / %d / %d |
                | wall time | %.1f s |
                | **ingest end to end** | **%.0f articles/s** |
                | process CPU during ingest | %.1f s (%.1f ms per article, all threads) |
                | baseline: extraction only, 1 thread, %d articles | %.0f articles/s (%.2f ms CPU per article) |
                | ingest / extraction-only | %.2f |
                | target ≥ 300 articles/s | %s |
                | load average (1 min) before / after | %.1f / %.1f on %d cores |
                | exit code | %d |
                """, articles, batch, s.ingested(), s.skipped(), s.rejected(), seconds, rate, ingestCpu,
                ingestCpu * 1000 / Math.max(1, s.total()), sample.size(), extractRate,
                extractCpu * 1000 / sample.size(), rate / extractRate, rate >= 300 ? "met" : "**missed**", load0,
                load1, Runtime.getRuntime().availableProcessors(), exit);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, md);
        System.out.println(md);
        System.exit(0);
    }
}
