package dev.policygraph.graph;

import jakarta.enterprise.context.ApplicationScoped;

import dev.policygraph.ingest.ArticleExtractor;
import dev.policygraph.ingest.ArticleGraph;
import dev.policygraph.ingest.ArticleInput;
import dev.policygraph.ingest.ContentHash;
import dev.policygraph.security.ArticleSizeLimit;

/** Extract, then persist: the two steps stay apart so extraction can be tested without a database. */
@ApplicationScoped
public class Ingestion {

    /** What happened to one article. */
    public record Result(ArticleGraph graph, ArticleWriter.Outcome outcome) {
    }

    private final ArticleExtractor extractor;
    private final ArticleWriter writer;
    private final ArticleSizeLimit sizeLimit;

    Ingestion(ArticleExtractor extractor, ArticleWriter writer, ArticleSizeLimit sizeLimit) {
        this.extractor = extractor;
        this.writer = writer;
        this.sizeLimit = sizeLimit;
    }

    /** True when an article with exactly this text is stored: ingesting it again would change nothing. */
    public boolean isStored(String rawText) {
        return rawText != null && writer.exists(Ids.of("article", ContentHash.of(rawText)));
    }

    /** @throws dev.policygraph.ingest.RejectedArticleException before anything is written */
    public Result ingest(ArticleInput input) {
        sizeLimit.check(input.text());
        ArticleGraph graph = extractor.extract(input);
        return new Result(graph, writer.write(graph));
    }
}
