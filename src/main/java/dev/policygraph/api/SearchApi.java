package dev.policygraph.api;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.neo4j.driver.Value;

import dev.policygraph.config.PolicygraphConfig;

/** One search box over every kind of node. */
@GraphQLApi
public class SearchApi {

    private static final String SEARCH = """
            CALL db.index.fulltext.queryNodes('entity_search', $query, {limit: $limit}) YIELD node, score
            RETURN {id: node.id, kind: labels(node)[0], score: score,
                    name: coalesce(node.name, node.text, node.goal, node.publisher)} AS item""";

    @Description("A search hit: kind is the node type (MEETING, OFFICIAL, ...); fetch it by id with the matching query.")
    public record SearchHit(@Id @NonNull String id, @NonNull NodeKind kind, String name, double score) {

        static SearchHit of(Value v) {
            return new SearchHit(Values.string(v, "id"), NodeKind.ofLabel(Values.string(v, "kind")), Values.string(v, "name"),
                    Values.decimal(v, "score"));
        }
    }

    private final Reads reads;
    private final PolicygraphConfig.Api config;

    SearchApi(Reads reads, PolicygraphConfig config) {
        this.reads = reads;
        this.config = config.api();
    }

    @Query
    @Description("Hits across all node types, best first. The text is matched as a phrase in either script; "
            + "full-text operators and quotes in it are taken literally.")
    public List<SearchHit> search(String text, @DefaultValue("20") int first) {
        String normalised = Search.normalise("text", text, config.maxSearchChars());
        if (normalised == null) {
            throw new InvalidArgumentException("search text is empty");
        }
        if (first < 1 || first > config.maxPageSize()) {
            throw new InvalidArgumentException("first must be between 1 and " + config.maxPageSize() + ", got " + first);
        }
        return reads.list(SEARCH, Map.of("query", phrase(normalised), "limit", first), SearchHit::of);
    }

    /** Lucene phrase query with the user's text taken literally. */
    static String phrase(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
