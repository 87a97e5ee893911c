package dev.policygraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.policygraph.TestStore;
import dev.policygraph.cascade.Graphs;
import dev.policygraph.ingest.ArticleGraph;
import dev.policygraph.pipeline.Ingestion;

/** A batch (one statement, one transaction) gives the same graph as its articles stored one by one. */
class ArticleWriterBatchTests {

    @RegisterExtension
    static final TestStore.Shared STORE = new TestStore.Shared();

    @Test
    void aBatchGivesTheSameGraphAsItsArticlesOneByOne() throws IOException {
        List<ArticleGraph> graphs = new ArrayList<>(TestArticles.writtenCorpusThenSynthetic(5, 40));
        graphs.add(graphs.get(3)); // the same article twice: the second is skipped
        var ingestion = Ingestion.over(STORE.graph());

        var oneByOne = graphs.stream().map(ingestion::store).toList();
        var expected = Graphs.dump(STORE.graph());
        Graphs.wipe(STORE.graph());

        var batched = new ArrayList<ArticleWriter.Outcome>();
        for (int i = 0; i < graphs.size(); i += 9) {
            batched.addAll(ingestion.store(graphs.subList(i, Math.min(graphs.size(), i + 9))));
        }
        assertThat(batched).isEqualTo(oneByOne);
        assertThat(batched.get(batched.size() - 1).created()).isFalse();
        var actual = Graphs.dump(STORE.graph());
        assertThat(actual.size()).isGreaterThan(500);
        assertSameGraph(actual, expected);

        // Writing the batch again changes nothing.
        assertThat(ingestion.store(graphs.subList(0, 20))).noneMatch(ArticleWriter.Outcome::created);
        assertSameGraph(Graphs.dump(STORE.graph()), expected);
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
}
