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

/** Meetings and every field that leads out of one, each defined once as a {@link NestedField}. */
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
                    WHERE """ + OrganizationWhere.predicate("g", "convener") + " })";

    static final NestedField CONVENED_BY = NestedField.single("Meeting", "convenedBy", "Organization", """
            MATCH ({parent})<-[:CONVENED]-({it}:Organization)
            WITH {it} ORDER BY {it}.key RETURN {it}{projection}""");

    static final NestedField CHAIRS = officials("chairs", "CHAIRED");
    static final NestedField SPEAKERS = officials("speakers", "SPOKE_AT");
    static final NestedField ATTENDEES = officials("attendees", "ATTENDED|CHAIRED|SPOKE_AT");

    static final NestedField PARTICIPANTS = NestedField.list("Meeting", "participants", null, """
            MATCH ({parent})<-[r:ATTENDED|CHAIRED|SPOKE_AT]-(o:Official)
            WITH o, r ORDER BY o.key, type(r)
            RETURN {official: o""" + Official.PROJECTION + """
            , role: type(r), evidence: properties(r)}""");

    static final NestedField IMPLEMENTS = NestedField.list("Meeting", "implements", "Directive", """
            MATCH ({parent})-[:IMPLEMENTS]->({it}:Directive)
            WITH {it} ORDER BY {it}.key RETURN {it}{projection}""");

    /** Without a kind, what was set (as the TASKS metric counts), not what was reviewed. */
    static final NestedField TASKS = NestedField.list("Meeting", "tasks", "Task", """
            MATCH ({parent})-[:ASSIGNED]->({it}:Task) WHERE {args}.kinds IS NULL OR {it}.kind IN {args}.kinds
            WITH {it} ORDER BY CASE {it}.kind WHEN 'TASK' THEN 0 WHEN 'REQUIREMENT' THEN 1 WHEN 'ACHIEVEMENT' THEN 2
                                ELSE 3 END, {it}.n
            RETURN {it}{projection}""").withParameters(MeetingApi::taskKinds);

    static final NestedField RELAYS = NestedField.list("Meeting", "relays", "Meeting", """
            MATCH ({parent})-[:RELAYS]->({it}:Meeting)
            WITH {it} ORDER BY {it}.date, {it}.key RETURN {it}{projection}""");

    static final NestedField RELAYED_BY = NestedField.list("Meeting", "relayedBy", "Meeting", """
            MATCH ({parent})<-[:RELAYS]-({it}:Meeting)
            WITH {it} ORDER BY {it}.date, {it}.key RETURN {it}{projection}""");

    static final NestedField ARTICLES = NestedField.list("Meeting", "articles", "Article", """
            MATCH ({parent})<-[:REPORTS]-({it}:Article)
            WITH {it} ORDER BY {it}.publishedAt, {it}.id RETURN {it}{projection}""");

    static final NestedField VENUES = NestedField.list("Meeting", "venues", null, """
            MATCH ({parent})<-[r:TOOK_PART]-(g:Organization)
            WITH g, r ORDER BY r.venue, g.key
            RETURN {venue: r.venue, organization: g""" + Organization.PROJECTION + """
            , evidence: properties(r)}""");

    static final List<NestedField> NESTED = List.of(CONVENED_BY, CHAIRS, SPEAKERS, ATTENDEES, PARTICIPANTS, IMPLEMENTS,
            TASKS, RELAYS, RELAYED_BY, ARTICLES, VENUES);

    /** The stored kinds {@code tasks(kind)} selects: null (every kind) for ALL. */
    private static Map<String, Object> taskKinds(Map<String, Object> args) {
        Object kind = args.get("kind");
        var parameters = new HashMap<String, Object>();
        parameters.put("kinds", kind == null ? List.of("TASK", "REQUIREMENT") : TaskKind.valueOf(String.valueOf(kind)).stored());
        return parameters;
    }

    private static NestedField officials(String name, String types) {
        return NestedField.list("Meeting", name, "Official", """
                MATCH ({parent})<-[:%s]-({it}:Official)
                WITH DISTINCT {it} ORDER BY {it}.key RETURN {it}{projection}""".formatted(types));
    }

    private final Nested nested;
    private final Listing listing;

    MeetingApi(Nested nested, Listing listing) {
        this.nested = nested;
        this.listing = listing;
    }

    @Query
    @Description("Meetings, newest first unless sorted. search (or where.name_CONTAINS) matches the name in either "
            + "script; from/to (or where.date_GTE/date_LTE) bound the meeting date; the two forms combine.")
    public MeetingConnection meetings(String search, LocalDate from, LocalDate to, MeetingWhere where,
            @Nullable List<@NonNull MeetingSort> sort, Integer first, String after) {
        var filters = filters(listing, search, from, to, where);
        var r = listing.run(MATCH, MeetingSort.orderBy(sort), "Meeting", filters, first, after, Meeting::of);
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
        return nested.one("Meeting", "MATCH (n:Meeting {id: $id})", Map.of("id", id), Meeting::of);
    }

    @Description("The body that convened the meeting (召開)")
    public List<Organization> convenedBy(@Source List<Meeting> meetings) {
        return nested.single(CONVENED_BY, ids(meetings), Organization::of);
    }

    @Description("Who chaired it (主持)")
    public List<List<Official>> chairs(@Source List<Meeting> meetings) {
        return nested.list(CHAIRS, ids(meetings), Official::of);
    }

    @Description("Who spoke (講話)")
    public List<List<Official>> speakers(@Source List<Meeting> meetings) {
        return nested.list(SPEAKERS, ids(meetings), Official::of);
    }

    @Description("Every official present, chairs and speakers included")
    public List<List<Official>> attendees(@Source List<Meeting> meetings) {
        return nested.list(ATTENDEES, ids(meetings), Official::of);
    }

    @Description("Each official's roles with the sentence that says so")
    public List<List<Participation>> participants(@Source List<Meeting> meetings) {
        return nested.list(PARTICIPANTS, ids(meetings), Participation::of);
    }

    @Name("implements")
    @Description("Directives the meeting implements: the upward link of the cascade")
    public List<List<Directive>> implementsDirectives(@Source List<Meeting> meetings) {
        return nested.list(IMPLEMENTS, ids(meetings), Directive::of);
    }

    @Description("What the meeting asked to be done: its tasks (TASK, 要以…为重点) then its requirements (REQUIREMENT, "
            + "一是要…), each in order. kind narrows to TASK, REQUIREMENT or ACHIEVEMENT (成绩 reviewed); ALL gives every kind.")
    public List<List<Task>> tasks(@Source List<Meeting> meetings, TaskKind kind) {
        var args = new HashMap<String, Object>();
        args.put("kind", kind);
        return nested.list(TASKS, ids(meetings), args, Task::of);
    }

    @Description("Higher meetings whose spirit this one relays (傳達學習)")
    public List<List<Meeting>> relays(@Source List<Meeting> meetings) {
        return nested.list(RELAYS, ids(meetings), Meeting::of);
    }

    @Description("Lower meetings that relay this one")
    public List<List<Meeting>> relayedBy(@Source List<Meeting> meetings) {
        return nested.list(RELAYED_BY, ids(meetings), Meeting::of);
    }

    @Description("Articles that report the meeting")
    public List<List<Article>> articles(@Source List<Meeting> meetings) {
        return nested.list(ARTICLES, ids(meetings), Article::of);
    }

    @Description("Bodies that took part, by venue (主會場, 分會場)")
    public List<List<VenueAttendance>> venues(@Source List<Meeting> meetings) {
        return nested.list(VENUES, ids(meetings), VenueAttendance::of);
    }

    private static List<String> ids(List<Meeting> meetings) {
        return meetings.stream().map(Meeting::id).toList();
    }
}
