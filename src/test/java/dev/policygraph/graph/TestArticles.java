package dev.policygraph.graph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import dev.policygraph.bench.SyntheticCorpus;
import dev.policygraph.ingest.ArticleExtractor;
import dev.policygraph.ingest.ArticleGraph;
import dev.policygraph.ingest.ArticleInput;

/** Extracted articles for write-path tests: the written corpus (placeholders filled in later, shared initiatives)
 * followed by a synthetic cascade. */
final class TestArticles {

    private static final Path CORPUS = Path.of("src/test/resources/corpus");

    private TestArticles() {
    }

    static List<ArticleGraph> writtenCorpusThenSynthetic(int seed, int synthetic) throws IOException {
        var extractor = new ArticleExtractor();
        List<ArticleGraph> graphs = new ArrayList<>();
        try (Stream<Path> files = Files.walk(CORPUS)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                graphs.add(extractor.extract(new ArticleInput(Files.readString(f),
                        "urn:policygraph:test:" + CORPUS.relativize(f), null)));
            }
        }
        for (var a : new SyntheticCorpus(seed).generate(synthetic)) {
            graphs.add(extractor.extract(new ArticleInput(a.text(), a.sourceUrl(), a.publishedAt())));
        }
        return graphs;
    }
}
