package dev.policygraph.api;

import java.util.List;

import org.eclipse.microprofile.graphql.Input;

@Input("ArticleSort")
public record ArticleSort(SortDirection publishedAt) {

    static String orderBy(List<ArticleSort> sort) {
        return Sorts.orderBy(sort, "n.publishedAt DESC, n.id", "ArticleSort",
                s -> s.publishedAt == null ? null : "n.publishedAt IS NULL, n.publishedAt " + s.publishedAt.name());
    }
}
