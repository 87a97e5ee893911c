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
              AND ($where IS NULL OR (($where.id IS NULL OR n.id = $where.id)
                    AND ($where.name IS NULL OR n.searchText CONTAINS $where.name)
                    AND ($where.level IS NULL OR n.level = $where.level)))""";

    private static final String BY_ID = "MATCH (n:Organization {id: $id}) RETURN n " + Organization.PROJECTION + " AS item";

    private static final String CONVENED = """
            UNWIND $ids AS id MATCH (g:Organization {id: id})-[:CONVENED]->(m:Meeting)
            WITH id, m ORDER BY m.date DESC, m.id
            RETURN id, collect(m""" + Meeting.PROJECTION + ") AS items";

    private static final String OFFICIALS = """
            UNWIND $ids AS id MATCH (g:Organization {id: id})<-[:HELD]-(o:Official)
            WITH DISTINCT id, o ORDER BY o.key
            RETURN id, collect(o""" + Official.PROJECTION + ") AS items";

    private final Reads reads;
    private final Listing listing;

    OrganizationApi(Reads reads, Listing listing) {
        this.reads = reads;
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
        var r = listing.run(MATCH, OrganizationSort.orderBy(sort), Organization.PROJECTION, filters, first, after,
                Organization::of);
        return OrganizationConnection.of(r);
    }

    @Query
    public Organization organization(@Id String id) {
        return reads.one(BY_ID, Map.of("id", id), Organization::of);
    }

    @Description("Meetings this body convened, newest first")
    public List<List<Meeting>> convened(@Source List<Organization> organizations) {
        return reads.grouped(CONVENED, ids(organizations), Meeting::of);
    }

    @Description("Officials seen holding a title here")
    public List<List<Official>> officials(@Source List<Organization> organizations) {
        return reads.grouped(OFFICIALS, ids(organizations), Official::of);
    }

    private static List<String> ids(List<Organization> organizations) {
        return organizations.stream().map(Organization::id).toList();
    }
}
