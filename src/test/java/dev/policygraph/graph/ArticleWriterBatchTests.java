package dev.policygraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import dev.policygraph.bench.SyntheticCorpus;
import dev.policygraph.embedded.EmbeddedDatabase;
import dev.policygraph.graph.migrations.MigrationRunner;
import dev.policygraph.ingest.ArticleExtractor;
import dev.policygraph.ingest.ArticleGraph;
import dev.policygraph.ingest.ArticleInput;

/** Batched writing (one statement per batch) gives the same graph as writing statement by statement. */
class ArticleWriterBatchTests {

    @TempDir
    static Path dir;
    static EmbeddedDatabase db;
    static Driver driver;

    @BeforeAll
    static void start() throws IOException {
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        db = EmbeddedDatabase.start(dir.resolve("store"), "127.0.0.1", port, "64m");
        driver = GraphDatabase.driver("bolt://127.0.0.1:" + port, AuthTokens.none());
        new MigrationRunner(driver).migrate();
    }

    @AfterAll
    static void stop() {
        driver.close();
        db.stop();
    }

    @Test
    void batchedWriteGivesTheSameGraphAsOneByOne() throws IOException {
        var extractor = new ArticleExtractor();
        List<ArticleGraph> graphs = new ArrayList<>();
        // Real corpus articles (placeholders filled in later, shared initiatives) and a synthetic cascade.
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources/corpus"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                graphs.add(extractor.extract(new ArticleInput(Files.readString(f), f.toString(), null)));
            }
        }
        for (var a : new SyntheticCorpus(5).generate(40)) {
            graphs.add(extractor.extract(new ArticleInput(a.text(), a.sourceUrl(), a.publishedAt())));
        }
        graphs.add(graphs.get(3)); // the same article twice: the second is skipped
        var writer = new ArticleWriter(driver);

        var oneByOne = writer.writeOneByOne(graphs);
        var expected = dump();
        driver.executableQuery("MATCH (n) WHERE NOT n:__Migration DETACH DELETE n").execute();

        var batched = new ArrayList<ArticleWriter.Outcome>();
        for (int i = 0; i < graphs.size(); i += 9) {
            batched.addAll(writer.writeBatch(graphs.subList(i, Math.min(graphs.size(), i + 9))));
        }
        assertThat(batched).isEqualTo(oneByOne);
        assertThat(batched.get(batched.size() - 1).created()).isFalse();
        var actual = dump();
        assertThat(actual.size()).isGreaterThan(500);
        assertSameGraph(actual, expected);

        // Writing the batch again changes nothing.
        assertThat(writer.writeBatch(graphs.subList(0, 20))).noneMatch(ArticleWriter.Outcome::created);
        assertSameGraph(dump(), expected);
    }

    private static void assertSameGraph(List<String> actual, List<String> expected) {
        var missing = new ArrayList<>(expected);
        missing.removeAll(actual);
        var extra = new ArrayList<>(actual);
        extra.removeAll(expected);
        assertThat(missing.stream().map(ArticleWriterBatchTests::shorten).toList()).as("in one-by-one only").isEmpty();
        assertThat(extra.stream().map(ArticleWriterBatchTests::shorten).toList()).as("in batched only").isEmpty();
        assertThat(actual).hasSameSizeAs(expected);
    }

    private static String shorten(String line) {
        return line.length() > 400 ? line.substring(0, 400) + "…" : line;
    }

    /** Every node and relationship as sorted text, without the ingest timestamp. */
    private static List<String> dump() {
        var lines = new ArrayList<String>();
        driver.executableQuery("""
                MATCH (n) RETURN labels(n) AS labels, properties(n) AS props""").execute().records()
                .forEach(r -> lines.add("N " + r.get("labels").asList() + " " + props(r.get("props").asMap())));
        driver.executableQuery("""
                MATCH (a)-[r]->(b)
                RETURN coalesce(a.key, a.id) AS a, type(r) AS type, properties(r) AS props, coalesce(b.key, b.id) AS b""")
                .execute().records().forEach(r -> lines.add("R " + r.get("a").asString() + " -" + r.get("type").asString()
                        + props(r.get("props").asMap()) + "-> " + r.get("b").asString()));
        lines.sort(null);
        return lines;
    }

    private static String props(Map<String, Object> props) {
        var sorted = new TreeMap<String, Object>(props);
        sorted.remove("ingestedAt");
        return sorted.toString();
    }
}
