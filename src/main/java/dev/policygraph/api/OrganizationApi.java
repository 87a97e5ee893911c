package dev.policygraph.api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import dev.policygraph.api.Connections.OrganizationConnection;

@GraphQLApi
public class OrganizationApi {

    private static final String MATCH = """
            MATCH (n:Organization)
            WHERE ($search IS NULL OR n.searchText CONTAINS $search)
              AND ($level IS NULL OR n.level = $level)""";

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
    @Description("Bodies by name in either script, optionally of one level (CENTRAL, MINISTRY, PROVINCIAL, MUNICIPAL, COUNTY).")
    public OrganizationConnection organizations(String search, OrganizationLevel level, Integer first, String after) {
        var filters = new HashMap<String, Object>();
        filters.put("search", listing.search(search));
        filters.put("level", OrganizationLevel.stored(level));
        var r = listing.run(MATCH, "n.simplifiedName, n.id", Organization.PROJECTION, filters, first, after,
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
