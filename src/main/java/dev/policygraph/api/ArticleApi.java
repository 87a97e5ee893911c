package dev.policygraph.api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.smallrye.graphql.api.Nullable;

import dev.policygraph.api.Connections.ArticleConnection;
import dev.policygraph.ingest.clean.InputGuard;

@GraphQLApi
public class ArticleApi {

    private static final String MATCH = """
            MATCH (n:Article)
            WHERE ($search IS NULL OR n.searchText CONTAINS $search)
              AND ($text IS NULL OR n.searchText CONTAINS $text)
              AND ($from IS NULL OR n.publishedAt >= $from)
              AND ($until IS NULL OR n.publishedAt < $until)
              AND ($source IS NULL OR n.sourceUrl STARTS WITH $source)""";

    static final NestedField MEETINGS = NestedField.list("Article", "meetings", "Meeting", """
            MATCH ({parent})-[:REPORTS]->({it}:Meeting)
            WITH {it} ORDER BY {it}.date, {it}.id RETURN {it}{projection}""");

    static final List<NestedField> NESTED = List.of(MEETINGS);

    private final Nested nested;
    private final Listing listing;

    ArticleApi(Nested nested, Listing listing) {
        this.nested = nested;
        this.listing = listing;
    }

    @Query
    @Description("Articles, newest first unless sorted; search (or where.text_CONTAINS) matches the cleaned text in "
            + "either script.")
    public ArticleConnection articles(String search, ArticleWhere where, @Nullable List<@NonNull ArticleSort> sort, Integer first,
            String after) {
        var filters = new HashMap<String, Object>();
        filters.put("search", listing.search(search));
        filters.put("text", where == null ? null : listing.search("where.text_CONTAINS", where.text_CONTAINS()));
        // Days of publication in China's time: from the first instant of the first day to the end of the last.
        filters.put("from", where == null || where.publishedAt_GTE() == null ? null
                : Inputs.startOfDay(where.publishedAt_GTE()));
        filters.put("until", where == null || where.publishedAt_LTE() == null ? null
                : Inputs.startOfDay(where.publishedAt_LTE().plusDays(1)));
        String source = where == null ? null : where.sourceUrl_STARTS_WITH();
        if (source != null && source.length() > InputGuard.MAX_URL_CHARS) {
            throw new InvalidArgumentException("where.sourceUrl_STARTS_WITH: at most " + InputGuard.MAX_URL_CHARS
                    + " characters, got " + source.length());
        }
        filters.put("source", source);
        var r = listing.run(MATCH, ArticleSort.orderBy(sort), "Article", filters, first, after,
                Article::of);
        return ArticleConnection.of(r);
    }

    @Query
    public Article article(@Id String id) {
        return nested.one("Article", "MATCH (n:Article {id: $id})", Map.of("id", id), Article::of);
    }

    @Description("Meetings the article reports")
    public List<List<Meeting>> meetings(@Source List<Article> articles) {
        return nested.list(MEETINGS, articles.stream().map(Article::id).toList(), Meeting::of);
    }
}
