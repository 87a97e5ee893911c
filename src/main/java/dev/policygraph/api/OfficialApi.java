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

import dev.policygraph.api.Connections.OfficialConnection;

@GraphQLApi
public class OfficialApi {

    private static final String MATCH = """
            MATCH (n:Official)
            WHERE ($search IS NULL OR n.searchText CONTAINS $search)
              AND ($name IS NULL OR n.searchText CONTAINS $name)
              AND ($heldTitleAt IS NULL OR EXISTS {
                    MATCH (n)-[:HELD]->(g:Organization)
                    WHERE """ + OrganizationWhere.predicate("g", "heldTitleAt") + " })";

    static final NestedField TITLES = NestedField.list("Official", "titles", null, """
            MATCH ({parent})-[h:HELD]->(g:Organization)
            WITH h, g ORDER BY h.asOf DESC, h.title
            RETURN {title: h.title, asOf: h.asOf, organization: g""" + Organization.PROJECTION + """
            , evidence: properties(h)} AS title
            UNION ALL
            MATCH ({parent})<-[m:MENTIONS]-(:Article)
            WHERE m.titlesWithoutBody IS NOT NULL
            UNWIND m.titlesWithoutBody AS t
            WITH m, t ORDER BY m.asOf DESC, t
            RETURN {title: t, asOf: m.asOf, organization: null, evidence: properties(m)} AS title""");

    static final NestedField MEETINGS = NestedField.list("Official", "meetings", "Meeting", """
            MATCH ({parent})-[:ATTENDED|CHAIRED|SPOKE_AT]->({it}:Meeting)
            WITH DISTINCT {it} ORDER BY {it}.date DESC, {it}.id RETURN {it}{projection}""");

    static final NestedField PARTICIPATIONS = NestedField.list("Official", "participations", null, """
            MATCH ({parent})-[r:ATTENDED|CHAIRED|SPOKE_AT]->(m:Meeting)
            WITH m, r ORDER BY m.date DESC, m.id, type(r)
            RETURN {meeting: m""" + Meeting.PROJECTION + """
            , role: type(r), evidence: properties(r)}""");

    static final NestedField TASKS_SET = NestedField.list("Official", "tasksSet", "Task", """
            MATCH ({parent})-[:SET]->({it}:Task)
            WITH {it} ORDER BY {it}.key RETURN {it}{projection}""");

    static final List<NestedField> NESTED = List.of(TITLES, MEETINGS, PARTICIPATIONS, TASKS_SET);

    private final Nested nested;
    private final Listing listing;

    OfficialApi(Nested nested, Listing listing) {
        this.nested = nested;
        this.listing = listing;
    }

    @Query
    @Description("Officials by name; search (or where.name_CONTAINS) matches either script: 张伟 finds 張偉. "
            + "where.heldTitleAt keeps those who held a title at a matching body.")
    public OfficialConnection officials(String search, OfficialWhere where, @Nullable List<@NonNull OfficialSort> sort, Integer first,
            String after) {
        var filters = new HashMap<String, Object>();
        filters.put("search", listing.search(search));
        filters.put("name", where == null ? null : listing.search("where.name_CONTAINS", where.name_CONTAINS()));
        filters.put("heldTitleAt", where == null ? null
                : OrganizationWhere.parameters(where.heldTitleAt(), listing, "where.heldTitleAt"));
        var r = listing.run(MATCH, OfficialSort.orderBy(sort), "Official", filters, first, after, Official::of);
        return OfficialConnection.of(r);
    }

    @Query
    public Official official(@Id String id) {
        return nested.one("Official", "MATCH (n:Official {id: $id})", Map.of("id", id), Official::of);
    }

    @Description("Titles held, newest first, each with the date it was seen held (asOf) and the body; then the titles "
            + "articles give with no body named (青海省副省长 in a bureau's report), organization null")
    public List<List<Title>> titles(@Source List<Official> officials) {
        return nested.list(TITLES, ids(officials), Title::of);
    }

    @Description("Meetings attended, chaired or spoken at, newest first")
    public List<List<Meeting>> meetings(@Source List<Official> officials) {
        return nested.list(MEETINGS, ids(officials), Meeting::of);
    }

    @Description("Each meeting with the role played and the evidence")
    public List<List<Participation>> participations(@Source List<Official> officials) {
        return nested.list(PARTICIPATIONS, ids(officials), Participation::of);
    }

    @Description("Tasks this official set (要求)")
    public List<List<Task>> tasksSet(@Source List<Official> officials) {
        return nested.list(TASKS_SET, ids(officials), Task::of);
    }

    private static List<String> ids(List<Official> officials) {
        return officials.stream().map(Official::id).toList();
    }
}
