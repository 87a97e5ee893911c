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

import dev.policygraph.api.Connections.InitiativeConnection;

@GraphQLApi
public class InitiativeApi {

    private static final String MATCH = """
            MATCH (n:Initiative)
            WHERE ($search IS NULL OR n.searchText CONTAINS $search)
              AND ($name IS NULL OR n.searchText CONTAINS $name)""";

    private static final String BY_ID = "MATCH (n:Initiative {id: $id}) RETURN n " + Initiative.PROJECTION + " AS item";

    private static final String PART_OF = """
            UNWIND $ids AS id MATCH (i:Initiative {id: id})-[:PART_OF]->(p:Initiative)
            WITH id, p ORDER BY p.key
            RETURN id, collect(p""" + Initiative.PROJECTION + ") AS items";

    private static final String PARTS = """
            UNWIND $ids AS id MATCH (i:Initiative {id: id})<-[:PART_OF]-(c:Initiative)
            WITH id, c ORDER BY c.key
            RETURN id, collect(c""" + Initiative.PROJECTION + ") AS items";

    private static final String TASKS = """
            UNWIND $ids AS id MATCH (i:Initiative {id: id})<-[:ADVANCES]-(t:Task)
            WITH id, t ORDER BY t.key
            RETURN id, collect(t""" + Task.PROJECTION + ") AS items";

    private final Reads reads;
    private final Listing listing;

    InitiativeApi(Reads reads, Listing listing) {
        this.reads = reads;
        this.listing = listing;
    }

    @Query
    @Description("Initiatives by name in either script (search or where.name_CONTAINS), sorted by name.")
    public InitiativeConnection initiatives(String search, InitiativeWhere where, @Nullable List<@NonNull InitiativeSort> sort,
            Integer first, String after) {
        var filters = new HashMap<String, Object>();
        filters.put("search", listing.search(search));
        filters.put("name", where == null ? null : listing.search("where.name_CONTAINS", where.name_CONTAINS()));
        var r = listing.run(MATCH, InitiativeSort.orderBy(sort), Initiative.PROJECTION, filters, first, after,
                Initiative::of);
        return InitiativeConnection.of(r);
    }

    @Query
    public Initiative initiative(@Id String id) {
        return reads.one(BY_ID, Map.of("id", id), Initiative::of);
    }

    @Description("Larger initiatives this one belongs to (快遞進村 is part of 兩進一出)")
    public List<List<Initiative>> partOf(@Source List<Initiative> initiatives) {
        return reads.grouped(PART_OF, ids(initiatives), Initiative::of);
    }

    @Description("Initiatives that are part of this one")
    public List<List<Initiative>> parts(@Source List<Initiative> initiatives) {
        return reads.grouped(PARTS, ids(initiatives), Initiative::of);
    }

    @Description("Tasks that advance it")
    public List<List<Task>> tasks(@Source List<Initiative> initiatives) {
        return reads.grouped(TASKS, ids(initiatives), Task::of);
    }

    private static List<String> ids(List<Initiative> initiatives) {
        return initiatives.stream().map(Initiative::id).toList();
    }
}
