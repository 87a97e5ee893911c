package dev.policygraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.policygraph.TestStore;
import dev.policygraph.cascade.Graphs;
import dev.policygraph.ingest.ArticleGraph;
import dev.policygraph.pipeline.Ingestion;

/**
 * The graph that the written corpus and 300 synthetic articles make, compared line by line with a dump committed
 * before the code was restructured: a refactoring of the write path must leave it identical. When extraction is
 * meant to change, regenerate the dump with {@code -Dpolicygraph.dump.update=true} and commit it with that change.
 */
class GraphDumpTests {

    static final Path DUMP = Path.of("src/test/resources/dumps/corpus-and-300-synthetic.dump.gz");

    @RegisterExtension
    static final TestStore.Shared STORE = new TestStore.Shared();

    @Test
    void theCorpusAndThreeHundredSyntheticArticlesMakeTheCommittedGraph() throws IOException {
        List<ArticleGraph> graphs = TestArticles.writtenCorpusThenSynthetic(11, 300);
        var ingestion = Ingestion.over(STORE.graph());
        for (int i = 0; i < graphs.size(); i += 50) {
            ingestion.store(graphs.subList(i, Math.min(graphs.size(), i + 50)));
        }
        // One line per node or relationship: line breaks inside texts are escaped.
        List<String> actual = Graphs.dump(STORE.graph()).stream().map(l -> l.replace("\\", "\\\\").replace("\n", "\\n")).toList();

        if (Boolean.getBoolean("policygraph.dump.update")) {
            Files.createDirectories(DUMP.getParent());
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(DUMP))) {
                out.write(String.join("\n", actual).concat("\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        List<String> expected;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(DUMP))) {
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        assertThat(actual.size()).isGreaterThan(5_000);
        var missing = new ArrayList<>(expected);
        missing.removeAll(actual);
        var extra = new ArrayList<>(actual);
        extra.removeAll(expected);
        assertThat(missing).as("lines of the committed dump the graph no longer has (first 20 shown)")
                .satisfies(l -> assertThat(l.subList(0, Math.min(20, l.size()))).isEmpty());
        assertThat(extra).as("lines the graph has that the committed dump does not (first 20 shown)")
                .satisfies(l -> assertThat(l.subList(0, Math.min(20, l.size()))).isEmpty());
        assertThat(actual).isEqualTo(expected);
    }
}
