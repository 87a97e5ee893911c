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

import dev.policygraph.api.Connections.OrganizationConnection;

@GraphQLApi
public class OrganizationApi {

    private static final String MATCH = """
            MATCH (n:Organization)
            WHERE ($search IS NULL OR n.searchText CONTAINS $search)
              AND ($level IS NULL OR n.level = $level)
              AND ($where IS NULL OR (""" + OrganizationWhere.predicate("n", "where") + "))";

    static final NestedField CONVENED = NestedField.list("Organization", "convened", "Meeting", """
            MATCH ({parent})-[:CONVENED]->({it}:Meeting)
            WITH {it} ORDER BY {it}.date DESC, {it}.id RETURN {it}{projection}""");

    static final NestedField OFFICIALS = NestedField.list("Organization", "officials", "Official", """
            MATCH ({parent})<-[:HELD]-({it}:Official)
            WITH DISTINCT {it} ORDER BY {it}.key RETURN {it}{projection}""");

    static final List<NestedField> NESTED = List.of(CONVENED, OFFICIALS);

    private final Nested nested;
    private final Listing listing;

    OrganizationApi(Nested nested, Listing listing) {
        this.nested = nested;
        this.listing = listing;
    }

    @Query
    @Description("Bodies by name in either script, optionally of one level; where and sort as for meetings. "
            + "Sorted by name unless sort says otherwise.")
    public OrganizationConnection organizations(String search, OrganizationLevel level, OrganizationWhere where,
            @Nullable List<@NonNull OrganizationSort> sort, Integer first, String after) {
        var filters = new HashMap<String, Object>();
        filters.put("search", listing.search(search));
        filters.put("level", OrganizationLevel.stored(level));
        filters.put("where", OrganizationWhere.parameters(where, listing, "where"));
        var r = listing.run(MATCH, OrganizationSort.orderBy(sort), "Organization", filters, first, after,
                Organization::of);
        return OrganizationConnection.of(r);
    }

    @Query
    public Organization organization(@Id String id) {
        return nested.one("Organization", "MATCH (n:Organization {id: $id})", Map.of("id", id), Organization::of);
    }

    @Description("Meetings this body convened, newest first")
    public List<List<Meeting>> convened(@Source List<Organization> organizations) {
        return nested.list(CONVENED, ids(organizations), Meeting::of);
    }

    @Description("Officials seen holding a title here")
    public List<List<Official>> officials(@Source List<Organization> organizations) {
        return nested.list(OFFICIALS, ids(organizations), Official::of);
    }

    private static List<String> ids(List<Organization> organizations) {
        return organizations.stream().map(Organization::id).toList();
    }
}
