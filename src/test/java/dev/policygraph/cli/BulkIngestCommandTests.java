package dev.policygraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.policygraph.TestStore;
import dev.policygraph.bench.SyntheticCorpus;
import dev.policygraph.cascade.Graphs;
import dev.policygraph.cascade.RelayLinker;
import dev.policygraph.ingest.ArticleInput;
import dev.policygraph.pipeline.Ingestion;
import dev.policygraph.schema.MigrationRunner;
import picocli.CommandLine;

/** The bulk ingest command end to end on an embedded store in a temporary folder (no Quarkus). */
class BulkIngestCommandTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void rerunSkipsWhatIsStoredAndRejectionsAreReportedWithReasons() throws IOException {
        var corpus = new SyntheticCorpus(11).generate(5);
        Path folder = Files.createDirectories(dir.resolve("articles"));
        Files.writeString(folder.resolve("a.txt"), corpus.get(0).text());
        Files.writeString(folder.resolve("b.txt"), corpus.get(1).text());
        Files.writeString(folder.resolve("notes.md"), "not an article: ignored");
        Files.writeString(folder.resolve("empty.txt"), " \n ");
        var lines = new StringBuilder();
        for (int i = 2; i < 5; i++) {
            lines.append(JSON.writeValueAsString(Map.of("text", corpus.get(i).text(), "sourceUrl",
                    corpus.get(i).sourceUrl(), "publishedAt", corpus.get(i).publishedAt().toString()))).append('\n');
        }
        lines.append(JSON.writeValueAsString(Map.of("text", corpus.get(0).text()))).append('\n'); // same text as a.txt
        lines.append("{not json\n");
        lines.append(JSON.writeValueAsString(Map.of("text", "国家邮政局召开会议。", "publishedAt", "yesterday"))).append('\n');
        lines.append(JSON.writeValueAsString(Map.of("sourceUrl", "https://example.org/no-text"))).append('\n');
        Path jsonl = dir.resolve("more.jsonl");
        Files.writeString(jsonl, lines, StandardCharsets.UTF_8);
        Path store = dir.resolve("store");
        Path report = dir.resolve("report.jsonl");

        var first = run(store, report, folder, jsonl);
        assertThat(first.exit()).isEqualTo(2); // something was rejected
        assertThat(first.summary().total()).isEqualTo(10);
        assertThat(first.summary().ingested()).isEqualTo(5);
        assertThat(first.summary().skipped()).isEqualTo(1); // the JSONL copy of a.txt
        assertThat(first.summary().rejected()).isEqualTo(4);
        List<Map<String, Object>> rejected = readReport(report);
        assertThat(rejected).extracting(r -> (String) r.get("code"))
                .containsExactlyInAnyOrder("EMPTY_TEXT", "UNREADABLE", "BAD_PUBLISHED_AT", "UNREADABLE");
        assertThat(rejected).extracting(r -> (String) r.get("source"))
                .anyMatch(s -> s.endsWith("empty.txt"))
                .anyMatch(s -> s.endsWith("more.jsonl:5"))
                .anyMatch(s -> s.endsWith("more.jsonl:6"))
                .anyMatch(s -> s.endsWith("more.jsonl:7"));
        assertThat(rejected).allSatisfy(r -> assertThat((String) r.get("message")).isNotBlank());

        var second = run(store, report, folder, jsonl);
        assertThat(second.summary().ingested()).isZero();
        assertThat(second.summary().skipped()).isEqualTo(6);
        assertThat(second.summary().rejected()).isEqualTo(4);
        assertThat(articlesIn(store)).isEqualTo(5);
    }

    @Test
    void cleanRunExitsZeroAndBatchesSmallerThanTheInput() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("articles"));
        var corpus = new SyntheticCorpus(12).generate(7);
        for (var a : corpus) {
            Files.writeString(folder.resolve(a.file() + ".txt"), a.text());
        }
        var result = run(dir.resolve("store"), dir.resolve("report.jsonl"), folder, null, "--batch", "3");
        assertThat(result.exit()).isZero();
        assertThat(result.summary().ingested()).isEqualTo(7);
        assertThat(readReport(dir.resolve("report.jsonl"))).isEmpty();
        assertThat(articlesIn(dir.resolve("store"))).isEqualTo(7);
    }

    @Test
    void aStoreInUseGetsAnAnswerSayingWhatToDoNotAStackTrace() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("articles"));
        Files.writeString(folder.resolve("a.txt"), new SyntheticCorpus(13).generate(1).get(0).text());
        Path store = dir.resolve("store");
        try (var held = TestStore.open(store)) {
            var err = new java.io.StringWriter();
            var line = new CommandLine(new BulkIngestCommand()).setErr(new java.io.PrintWriter(err));
            int exit = line.execute("--quiet", "--data-dir", store.toString(), "--report",
                    dir.resolve("report.jsonl").toString(), folder.toString());
            assertThat(exit).isEqualTo(1);
            assertThat(err.toString())
                    .contains("in use")
                    .contains("--uri bolt://")
                    .doesNotContain("\tat ");
        }
    }

    @Test
    void anEmbeddedRunLinksRelaysAfterWritingAndGetsTheGraphOfLinkingInEachBatch() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("articles"));
        var corpus = new SyntheticCorpus(14).generate(40);
        for (var a : corpus) {
            Files.writeString(folder.resolve(a.file() + ".txt"), a.text());
        }
        Path store = dir.resolve("store");
        assertThat(run(store, dir.resolve("report.jsonl"), folder, null, "--batch", "6").exit()).isZero();

        List<String> bulk;
        try (var db = TestStore.open(store)) {
            bulk = Graphs.dump(db.graph());
            assertThat(db.graph().execute("MATCH (m:RelaysPending) RETURN count(m) AS n").get(0).get("n").asLong())
                    .isZero();
        }
        assertThat(bulk).anyMatch(line -> line.contains("-RELAYS->") && line.contains("matchedBy=fuzzy"));
        assertThat(bulk).noneMatch(line -> line.contains("pendingRelays"));

        // the same sources, in the command's order, written and linked batch by batch
        try (var db = TestStore.open(dir.resolve("linked-in-each-batch"))) {
            new MigrationRunner(db.graph(), new RelayLinker(RelayLinker.DEFAULT_THRESHOLD)).migrate();
            var ingestion = Ingestion.over(db.graph());
            var graphs = new java.util.ArrayList<dev.policygraph.ingest.ArticleGraph>();
            ArticleSource.stream(List.of(folder)).forEachRemaining(a -> graphs.add(ingestion.extract(a.input())));
            for (int i = 0; i < graphs.size(); i += 6) {
                ingestion.store(graphs.subList(i, Math.min(graphs.size(), i + 6)));
            }
            assertThat(bulk).containsExactlyElementsOf(Graphs.dump(db.graph()));
        }
    }

    @Test
    void relaysARunLeftHeldAreLinkedByTheNextRun() throws IOException {
        Path store = dir.resolve("store");
        var corpus = new SyntheticCorpus(15).generate(12);
        try (var db = TestStore.open(store)) {
            new MigrationRunner(db.graph(), new RelayLinker(RelayLinker.DEFAULT_THRESHOLD)).migrate();
            var ingestion = Ingestion.over(db.graph());
            // a run stopped after writing, before its link pass
            ingestion.storeHoldingRelays(corpus.stream().map(a -> ingestion.extract(
                    new ArticleInput(a.text(), a.sourceUrl(), a.publishedAt()))).toList());
            assertThat(relaysIn(db)).isZero();
        }
        Path empty = Files.createDirectories(dir.resolve("nothing-new"));
        assertThat(run(store, dir.resolve("report.jsonl"), empty, null).exit()).isZero();
        try (var db = TestStore.open(store)) {
            assertThat(relaysIn(db)).isPositive();
            assertThat(Ingestion.over(db.graph()).holdsRelays()).isFalse();
        }
    }

    private static long relaysIn(TestStore db) {
        return db.graph().execute("MATCH ()-[r:RELAYS]->() RETURN count(r) AS n").get(0).get("n").asLong();
    }

    private record Result(int exit, BulkIngestCommand.Summary summary) {
    }

    private static Result run(Path store, Path report, Path folder, Path jsonl, String... extra) {
        var command = new BulkIngestCommand();
        var args = new java.util.ArrayList<>(List.of("--quiet", "--data-dir", store.toString(), "--report",
                report.toString()));
        args.addAll(List.of(extra));
        args.add(folder.toString());
        if (jsonl != null) {
            args.add(jsonl.toString());
        }
        int exit = new CommandLine(command).execute(args.toArray(String[]::new));
        assertThat(command.summary).as("summary (exit " + exit + ")").isNotNull();
        return new Result(exit, command.summary);
    }

    private static List<Map<String, Object>> readReport(Path report) throws IOException {
        return Files.readAllLines(report).stream().filter(l -> !l.isBlank()).map(l -> {
            try {
                return JSON.readValue(l, new com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>>() { });
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }).toList();
    }

    private static long articlesIn(Path store) {
        try (var db = TestStore.open(store)) {
            return db.graph().execute("MATCH (a:Article) RETURN count(a) AS n").get(0)
                    .get("n").asLong();
        }
    }
}
