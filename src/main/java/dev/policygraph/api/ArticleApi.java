package dev.policygraph.api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import dev.policygraph.api.Connections.ArticleConnection;

@GraphQLApi
public class ArticleApi {

    private static final String MATCH = """
            MATCH (n:Article)
            WHERE $search IS NULL OR n.searchText CONTAINS $search""";

    private static final String BY_ID = "MATCH (n:Article {id: $id}) RETURN n " + Article.PROJECTION + " AS item";

    private static final String MEETINGS = """
            UNWIND $ids AS id MATCH (a:Article {id: id})-[:REPORTS]->(m:Meeting)
            WITH id, m ORDER BY m.date, m.id
            RETURN id, collect(m""" + Meeting.PROJECTION + ") AS items";

    private final Reads reads;
    private final Listing listing;

    ArticleApi(Reads reads, Listing listing) {
        this.reads = reads;
        this.listing = listing;
    }

    @Query
    @Description("Articles, newest first; search matches the cleaned text in either script.")
    public ArticleConnection articles(String search, Integer first, String after) {
        var filters = new HashMap<String, Object>();
        filters.put("search", listing.search(search));
        var r = listing.run(MATCH, "n.publishedAt DESC, n.id", Article.PROJECTION, filters, first, after,
                Article::of);
        return ArticleConnection.of(r);
    }

    @Query
    public Article article(@Id String id) {
        return reads.one(BY_ID, Map.of("id", id), Article::of);
    }

    @Description("Meetings the article reports")
    public List<List<Meeting>> meetings(@Source List<Article> articles) {
        return reads.grouped(MEETINGS, articles.stream().map(Article::id).toList(), Meeting::of);
    }
}
