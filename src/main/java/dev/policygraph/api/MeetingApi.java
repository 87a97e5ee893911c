package dev.policygraph.api;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.smallrye.graphql.api.Nullable;

import dev.policygraph.api.Connections.MeetingConnection;

/** Meetings and every field that leads out of one. Each nested field answers a whole page of meetings in one query. */
@GraphQLApi
public class MeetingApi {

    /** The meetings a list or subscription admits, bound to n; parameters from {@link #filters}. */
    static final String MATCH = """
            MATCH (n:Meeting)
            WHERE ($search IS NULL OR n.searchText CONTAINS $search)
              AND ($name IS NULL OR n.searchText CONTAINS $name)
              AND ($from IS NULL OR n.date >= $from)
              AND ($to IS NULL OR n.date <= $to)
              AND ($placeholder IS NULL OR coalesce(n.placeholder, false) = $placeholder)
              AND ($precision IS NULL OR n.datePrecision = $precision)
              AND ($convener IS NULL OR EXISTS {
                    MATCH (g:Organization)-[:CONVENED]->(n)
                    WHERE ($convener.id IS NULL OR g.id = $convener.id)
                      AND ($convener.name IS NULL OR g.searchText CONTAINS $convener.name)
                      AND ($convener.level IS NULL OR g.level = $convener.level) })""";

    private static final String BY_ID = "MATCH (n:Meeting {id: $id}) RETURN n " + Meeting.PROJECTION + " AS item";

    private static final String CONVENED_BY = """
            UNWIND $ids AS id MATCH (m:Meeting {id: id})<-[:CONVENED]-(g:Organization)
            WITH id, g ORDER BY g.key
            RETURN id, head(collect(g""" + Organization.PROJECTION + ")) AS item";

    private static final String CHAIRS = officials("CHAIRED");
    private static final String SPEAKERS = officials("SPOKE_AT");
    private static final String ATTENDEES = officials("ATTENDED|CHAIRED|SPOKE_AT");

    private static final String IMPLEMENTS = """
            UNWIND $ids AS id MATCH (m:Meeting {id: id})-[:IMPLEMENTS]->(d:Directive)
            WITH id, d ORDER BY d.key
            RETURN id, collect(d""" + Directive.PROJECTION + ") AS items";

    private static final String TASKS = """
            UNWIND $ids AS id MATCH (m:Meeting {id: id})-[:ASSIGNED]->(t:Task)
            WHERE $kinds IS NULL OR t.kind IN $kinds
            WITH id, t ORDER BY CASE t.kind WHEN 'TASK' THEN 0 WHEN 'REQUIREMENT' THEN 1 WHEN 'ACHIEVEMENT' THEN 2
                                ELSE 3 END, t.n
            RETURN id, collect(t""" + Task.PROJECTION + ") AS items";

    private static final String RELAYS = """
            UNWIND $ids AS id MATCH (m:Meeting {id: id})-[:RELAYS]->(h:Meeting)
            WITH id, h ORDER BY h.date, h.key
            RETURN id, collect(h""" + Meeting.PROJECTION + ") AS items";

    private static final String RELAYED_BY = """
            UNWIND $ids AS id MATCH (m:Meeting {id: id})<-[:RELAYS]-(l:Meeting)
            WITH id, l ORDER BY l.date, l.key
            RETURN id, collect(l""" + Meeting.PROJECTION + ") AS items";

    private static final String ARTICLES = """
            UNWIND $ids AS id MATCH (m:Meeting {id: id})<-[:REPORTS]-(a:Article)
            WITH id, a ORDER BY a.publishedAt, a.id
            RETURN id, collect(a""" + Article.PROJECTION + ") AS items";

    private static final String PARTICIPANTS = """
            UNWIND $ids AS id MATCH (m:Meeting {id: id})<-[r:ATTENDED|CHAIRED|SPOKE_AT]-(o:Official)
            WITH id, o, r ORDER BY o.key, type(r)
            RETURN id, collect({official: o""" + Official.PROJECTION + """
            , role: type(r), evidence: properties(r)}) AS items""";

    private static final String VENUES = """
            UNWIND $ids AS id MATCH (m:Meeting {id: id})<-[r:TOOK_PART]-(g:Organization)
            WITH id, g, r ORDER BY r.venue, g.key
            RETURN id, collect({venue: r.venue, organization: g""" + Organization.PROJECTION + """
            , evidence: properties(r)}) AS items""";

    private static String officials(String types) {
        return "UNWIND $ids AS id MATCH (m:Meeting {id: id})<-[:" + types + "]-(o:Official)\n"
                + "WITH DISTINCT id, o ORDER BY o.key\n"
                + "RETURN id, collect(o" + Official.PROJECTION + ") AS items";
    }

    private final Reads reads;
    private final Listing listing;

    MeetingApi(Reads reads, Listing listing) {
        this.reads = reads;
        this.listing = listing;
    }

    @Query
    @Description("Meetings, newest first unless sorted. search (or where.name_CONTAINS) matches the name in either "
            + "script; from/to (or where.date_GTE/date_LTE) bound the meeting date; the two forms combine.")
    public MeetingConnection meetings(String search, LocalDate from, LocalDate to, MeetingWhere where,
            @Nullable List<@NonNull MeetingSort> sort, Integer first, String after) {
        var filters = filters(listing, search, from, to, where);
        var r = listing.run(MATCH, MeetingSort.orderBy(sort), Meeting.PROJECTION, filters, first, after, Meeting::of);
        return MeetingConnection.of(r);
    }

    /** The parameters of {@link #MATCH}: the list's arguments and its where, one meaning for every caller. */
    static Map<String, Object> filters(Listing listing, String search, LocalDate from, LocalDate to, MeetingWhere where) {
        var filters = new HashMap<String, Object>();
        filters.put("search", listing.search(search));
        filters.put("from", from);
        filters.put("to", to);
        filters.put("name", null);
        filters.put("placeholder", null);
        filters.put("precision", null);
        filters.put("convener", null);
        if (where != null) {
            filters.put("placeholder", where.placeholder());
            filters.put("precision", where.datePrecision() == null ? null : where.datePrecision().name());
            filters.put("name", listing.search("where.name_CONTAINS", where.name_CONTAINS()));
            if (where.date_GTE() != null && (from == null || where.date_GTE().isAfter(from))) {
                filters.put("from", where.date_GTE());
            }
            if (where.date_LTE() != null && (to == null || where.date_LTE().isBefore(to))) {
                filters.put("to", where.date_LTE());
            }
            filters.put("convener", OrganizationWhere.parameters(where.convenedBy(), listing, "where.convenedBy"));
        }
        return filters;
    }

    @Query
    public Meeting meeting(@Id String id) {
        return reads.one(BY_ID, Map.of("id", id), Meeting::of);
    }

    @Description("The body that convened the meeting (召開)")
    public List<Organization> convenedBy(@Source List<Meeting> meetings) {
        return reads.single(CONVENED_BY, ids(meetings), Organization::of);
    }

    @Description("Who chaired it (主持)")
    public List<List<Official>> chairs(@Source List<Meeting> meetings) {
        return reads.grouped(CHAIRS, ids(meetings), Official::of);
    }

    @Description("Who spoke (講話)")
    public List<List<Official>> speakers(@Source List<Meeting> meetings) {
        return reads.grouped(SPEAKERS, ids(meetings), Official::of);
    }

    @Description("Every official present, chairs and speakers included")
    public List<List<Official>> attendees(@Source List<Meeting> meetings) {
        return reads.grouped(ATTENDEES, ids(meetings), Official::of);
    }

    @Description("Each official's roles with the sentence that says so")
    public List<List<Participation>> participants(@Source List<Meeting> meetings) {
        return reads.grouped(PARTICIPANTS, ids(meetings), Participation::of);
    }

    @Name("implements")
    @Description("Directives the meeting implements: the upward link of the cascade")
    public List<List<Directive>> implementsDirectives(@Source List<Meeting> meetings) {
        return reads.grouped(IMPLEMENTS, ids(meetings), Directive::of);
    }

    @Description("What the meeting asked to be done: its tasks (TASK, 要以…为重点) then its requirements (REQUIREMENT, "
            + "一是要…), each in order. kind narrows to TASK, REQUIREMENT or ACHIEVEMENT (成绩 reviewed); ALL gives every kind.")
    public List<List<Task>> tasks(@Source List<Meeting> meetings, TaskKind kind) {
        var params = new HashMap<String, Object>();
        params.put("ids", ids(meetings));
        // Without a kind, what was set (as the TASKS metric counts), not what was reviewed.
        params.put("kinds", kind == null ? List.of("TASK", "REQUIREMENT") : kind.stored());
        return reads.grouped(TASKS, params, ids(meetings), Task::of);
    }

    @Description("Higher meetings whose spirit this one relays (傳達學習)")
    public List<List<Meeting>> relays(@Source List<Meeting> meetings) {
        return reads.grouped(RELAYS, ids(meetings), Meeting::of);
    }

    @Description("Lower meetings that relay this one")
    public List<List<Meeting>> relayedBy(@Source List<Meeting> meetings) {
        return reads.grouped(RELAYED_BY, ids(meetings), Meeting::of);
    }

    @Description("Articles that report the meeting")
    public List<List<Article>> articles(@Source List<Meeting> meetings) {
        return reads.grouped(ARTICLES, ids(meetings), Article::of);
    }

    @Description("Bodies that took part, by venue (主會場, 分會場)")
    public List<List<VenueAttendance>> venues(@Source List<Meeting> meetings) {
        return reads.grouped(VENUES, ids(meetings), VenueAttendance::of);
    }

    private static List<String> ids(List<Meeting> meetings) {
        return meetings.stream().map(Meeting::id).toList();
    }
}
