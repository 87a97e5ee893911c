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

    static final NestedField PART_OF = NestedField.list("Initiative", "partOf", "Initiative", """
            MATCH ({parent})-[:PART_OF]->({it}:Initiative)
            WITH {it} ORDER BY {it}.key RETURN {it}{projection}""");

    static final NestedField PARTS = NestedField.list("Initiative", "parts", "Initiative", """
            MATCH ({parent})<-[:PART_OF]-({it}:Initiative)
            WITH {it} ORDER BY {it}.key RETURN {it}{projection}""");

    static final NestedField TASKS = NestedField.list("Initiative", "tasks", "Task", """
            MATCH ({parent})<-[:ADVANCES]-({it}:Task)
            WITH {it} ORDER BY {it}.key RETURN {it}{projection}""");

    static final List<NestedField> NESTED = List.of(PART_OF, PARTS, TASKS);

    private final Nested nested;
    private final Listing listing;

    InitiativeApi(Nested nested, Listing listing) {
        this.nested = nested;
        this.listing = listing;
    }

    @Query
    @Description("Initiatives by name in either script (search or where.name_CONTAINS), sorted by name.")
    public InitiativeConnection initiatives(String search, InitiativeWhere where, @Nullable List<@NonNull InitiativeSort> sort,
            Integer first, String after) {
        var filters = new HashMap<String, Object>();
        filters.put("search", listing.search(search));
        filters.put("name", where == null ? null : listing.search("where.name_CONTAINS", where.name_CONTAINS()));
        var r = listing.run(MATCH, InitiativeSort.orderBy(sort), "Initiative", filters, first, after,
                Initiative::of);
        return InitiativeConnection.of(r);
    }

    @Query
    public Initiative initiative(@Id String id) {
        return nested.one("Initiative", "MATCH (n:Initiative {id: $id})", Map.of("id", id), Initiative::of);
    }

    @Description("Larger initiatives this one belongs to (快遞進村 is part of 兩進一出)")
    public List<List<Initiative>> partOf(@Source List<Initiative> initiatives) {
        return nested.list(PART_OF, ids(initiatives), Initiative::of);
    }

    @Description("Initiatives that are part of this one")
    public List<List<Initiative>> parts(@Source List<Initiative> initiatives) {
        return nested.list(PARTS, ids(initiatives), Initiative::of);
    }

    @Description("Tasks that advance it")
    public List<List<Task>> tasks(@Source List<Initiative> initiatives) {
        return nested.list(TASKS, ids(initiatives), Task::of);
    }

    private static List<String> ids(List<Initiative> initiatives) {
        return initiatives.stream().map(Initiative::id).toList();
    }
}
