package dev.policygraph.ingest;

/**
 * Text in, graph value out: clean, convert script, segment, extract. Touches no database.
 */
public class ArticleExtractor {

    public ArticleExtractor() {
    }

    /**
     * @throws RejectedArticleException when the input cannot be an article at all
     */
    public ArticleGraph extract(ArticleInput input) {
        throw new UnsupportedOperationException("not yet");
    }
}
