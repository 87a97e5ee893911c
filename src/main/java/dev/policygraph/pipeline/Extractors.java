package dev.policygraph.pipeline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import dev.policygraph.config.PolicygraphConfig;
import dev.policygraph.ingest.ArticleExtractor;

/** The extractor is plain Java; this makes the configured one injectable. */
@ApplicationScoped
class Extractors {

    @Produces
    @ApplicationScoped
    ArticleExtractor extractor(PolicygraphConfig config) {
        return new ArticleExtractor(config.ingest().maxArticleBytes(), true);
    }
}
