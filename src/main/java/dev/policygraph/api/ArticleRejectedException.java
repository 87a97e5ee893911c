package dev.policygraph.api;

import io.smallrye.graphql.api.ErrorCode;

@ErrorCode("article-rejected")
public class ArticleRejectedException extends ApiException {

    public ArticleRejectedException(String reason, String message) {
        super(reason + ": " + message);
    }
}
