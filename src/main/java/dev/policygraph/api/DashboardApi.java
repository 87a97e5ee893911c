package dev.policygraph.api;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.neo4j.driver.Value;

import dev.policygraph.config.PolicygraphConfig;

/**
 * Aggregates for dashboards: flat time series with an ISO time field (what Grafana-style GraphQL data sources
 * read) and ranked lists. Each answers with one Cypher query; filter values are parameters, and the statement holds
 * only the (constant) clauses of the filters given.
 */
@GraphQLApi
public class DashboardApi {

    public enum Metric {
        /** meetings held (by meeting date) */
        MEETINGS,
        /** tasks and requirements set (by meeting date) */
        TASKS,
        /** tasks advancing an initiative (by meeting date) */
        INITIATIVE_MENTIONS,
        /** relay links made (by the relaying meeting's date) */
        RELAYS
    }

    public enum Interval {
        DAY, MONTH, YEAR
    }

    @Input("SeriesFilter")
    @Description("Narrows a series or a ranking. All given conditions must hold; ids are those the list queries return.")
    public record SeriesFilter(LocalDate from, LocalDate to, @Id String organization,
            @Description("the convener's level") OrganizationLevel level,
            @Id String initiative, @Id String official) {
    }

    @Description("One bucket of a time series. time is the bucket's first day, ISO 8601 (2020-07-01).")
    public record TimePoint(@NonNull LocalDate time, int count) {

        static TimePoint of(Value v) {
            return new TimePoint(LocalDate.parse(v.get("time").asString()), v.get("count").asInt());
        }
    }

    @Description("One bucket of a series split by level.")
    public record LevelTimePoint(@NonNull LocalDate time, @NonNull OrganizationLevel level, int count) {

        static LevelTimePoint of(Value v) {
            return new LevelTimePoint(LocalDate.parse(v.get("time").asString()),
                    Values.enumValue(v, "level", OrganizationLevel.class, OrganizationLevel.UNKNOWN), v.get("count").asInt());
        }
    }

    public record RankedInitiative(@NonNull Initiative initiative, int count) {
    }

    public record RankedOfficial(@NonNull Official official, int count) {
    }

    public record RankedOrganization(@NonNull Organization organization, int count) {
    }

    public record RankedInitiativeEdge(@NonNull String cursor, @NonNull RankedInitiative node) {
    }

    public record RankedInitiativeConnection(int totalCount, @NonNull List<@NonNull RankedInitiative> nodes,
            @NonNull List<@NonNull RankedInitiativeEdge> edges, @NonNull PageInfo pageInfo) {

        static RankedInitiativeConnection of(Listing.Result<RankedInitiative> r) {
            return new RankedInitiativeConnection(r.total(), r.items(), Connections.edges(r, RankedInitiativeEdge::new), r.pageInfo());
        }
    }

    public record RankedOfficialEdge(@NonNull String cursor, @NonNull RankedOfficial node) {
    }

    public record RankedOfficialConnection(int totalCount, @NonNull List<@NonNull RankedOfficial> nodes,
            @NonNull List<@NonNull RankedOfficialEdge> edges, @NonNull PageInfo pageInfo) {

        static RankedOfficialConnection of(Listing.Result<RankedOfficial> r) {
            return new RankedOfficialConnection(r.total(), r.items(), Connections.edges(r, RankedOfficialEdge::new), r.pageInfo());
        }
    }

    public record RankedOrganizationEdge(@NonNull String cursor, @NonNull RankedOrganization node) {
    }

    public record RankedOrganizationConnection(int totalCount, @NonNull List<@NonNull RankedOrganization> nodes,
            @NonNull List<@NonNull RankedOrganizationEdge> edges, @NonNull PageInfo pageInfo) {

        static RankedOrganizationConnection of(Listing.Result<RankedOrganization> r) {
            return new RankedOrganizationConnection(r.total(), r.items(), Connections.edges(r, RankedOrganizationEdge::new), r.pageInfo());
        }
    }

    /**
     * The meetings a filter admits, bound to m. Shared by every aggregate so that filters mean the same everywhere.
     * {@code {filters}} takes the clauses of {@link #FILTERS} whose parameter is set ({@link #filtered}): a clause
     * written {@code $x IS NULL OR …} would be checked on every meeting and keep the planner off the date index.
     */
    private static final String MEETINGS = """
            MATCH (m:Meeting)
            WHERE m.date IS NOT NULL AND NOT coalesce(m.placeholder, false){filters}
            """;

    /** One clause per filter, by the parameter it reads; values stay parameters. */
    private static final Map<String, String> FILTERS = new java.util.LinkedHashMap<>();

    static {
        FILTERS.put("from", "\n  AND m.date >= $from");
        FILTERS.put("to", "\n  AND m.date <= $to");
        FILTERS.put("organization", "\n  AND EXISTS { (m)<-[:CONVENED]-(:Organization {id: $organization}) }");
        FILTERS.put("level", "\n  AND EXISTS { (m)<-[:CONVENED]-(:Organization {level: $level}) }");
        FILTERS.put("initiative", """

                  AND EXISTS { (m)-[:ASSIGNED]->(:Task)-[:HAS_ACTION*0..1]->(:Task)-[:ADVANCES]->(:Initiative {id: $initiative}) }""");
        FILTERS.put("official", "\n  AND EXISTS { (m)<-[:ATTENDED|CHAIRED|SPOKE_AT]-(:Official {id: $official}) }");
    }

    private static final Map<Metric, String> SERIES = Map.of(
            Metric.MEETINGS, MEETINGS + """
                    WITH date.truncate($unit, m.date) AS t, count(*) AS count
                    RETURN {time: toString(t), count: count} AS item ORDER BY t""",
            Metric.TASKS, MEETINGS + """
                    MATCH (m)-[:ASSIGNED]->(x:Task) WHERE x.kind IN ['TASK', 'REQUIREMENT']
                    WITH date.truncate($unit, m.date) AS t, count(x) AS count
                    RETURN {time: toString(t), count: count} AS item ORDER BY t""",
            Metric.INITIATIVE_MENTIONS, MEETINGS + """
                    MATCH (m)-[:ASSIGNED]->(:Task)-[:HAS_ACTION*0..1]->(:Task)-[a:ADVANCES]->(i:Initiative)
                    WHERE $initiative IS NULL OR i.id = $initiative
                    WITH date.truncate($unit, m.date) AS t, count(DISTINCT a) AS count
                    RETURN {time: toString(t), count: count} AS item ORDER BY t""",
            Metric.RELAYS, MEETINGS + """
                    MATCH (m)-[r:RELAYS]->(:Meeting)
                    WITH date.truncate($unit, m.date) AS t, count(r) AS count
                    RETURN {time: toString(t), count: count} AS item ORDER BY t""");

    private static final String SERIES_BY_LEVEL = MEETINGS + """
            MATCH (m)<-[:CONVENED]-(g:Organization)
            WITH date.truncate($unit, m.date) AS t, g.level AS level, count(DISTINCT m) AS count
            RETURN {time: toString(t), level: level, count: count} AS item ORDER BY t, level""";

    /** Rankings: a fragment that ends binding {@code node} and {@code count}; paging and totals are added below. */
    private static final String TOP_INITIATIVES = MEETINGS + """
            MATCH (m)-[:ASSIGNED]->(:Task)-[:HAS_ACTION*0..1]->(:Task)-[a:ADVANCES]->(node:Initiative)
            WITH node, count(DISTINCT a) AS count""";

    private static final String TOP_OFFICIALS = MEETINGS + """
            MATCH (m)<-[:ATTENDED|CHAIRED|SPOKE_AT]-(node:Official)
            WITH node, count(DISTINCT m) AS count""";

    private static final String TOP_ORGANIZATIONS_BY_RELAYS = MEETINGS + """
            MATCH (m)-[:RELAYS]->(:Meeting)<-[:CONVENED]-(node:Organization)
            WITH node, count(DISTINCT m) AS count""";

    private static final String TOTAL = "\nRETURN count(node) AS total";
    private static final String PAGE = """

            WITH node, count ORDER BY count DESC, node.key SKIP $skip LIMIT $limit
            RETURN {node: properties(node), count: count} AS item""";

    private final Reads reads;
    private final PolicygraphConfig.Api config;

    DashboardApi(Reads reads, PolicygraphConfig config) {
        this.reads = reads;
        this.config = config.api();
    }

    @Query
    @Description("Counts over time, oldest bucket first, for dashboards: meetings, tasks, initiative mentions or relays. "
            + "Every bucket of the range is present (0 when empty): where.from..where.to, else first..last with data. "
            + "Days are the meetings' calendar days (China time).")
    public List<TimePoint> timeSeries(@NonNull Metric metric, @DefaultValue("MONTH") Interval interval,
            SeriesFilter where) {
        var params = params(interval, where);
        List<TimePoint> found = reads.list(filtered(SERIES.get(metric), params), params, TimePoint::of);
        var counts = new java.util.HashMap<LocalDate, Integer>();
        found.forEach(p -> counts.put(p.time(), p.count()));
        return span(found.stream().map(TimePoint::time).toList(), interval, where).stream()
                .map(t -> new TimePoint(t, counts.getOrDefault(t, 0))).toList();
    }

    @Query
    @Description("Meetings over time split by the convener's level: one initiative's spread across levels with "
            + "where.initiative. Zero-filled like timeSeries, for every level that has a meeting in the range.")
    public List<LevelTimePoint> timeSeriesByLevel(@DefaultValue("MONTH") Interval interval, SeriesFilter where) {
        var params = params(interval, where);
        List<LevelTimePoint> found = reads.list(filtered(SERIES_BY_LEVEL, params), params, LevelTimePoint::of);
        var counts = new java.util.HashMap<String, Integer>();
        found.forEach(p -> counts.put(p.time() + "|" + p.level(), p.count()));
        var levels = found.stream().map(LevelTimePoint::level).distinct().sorted().toList();
        var out = new java.util.ArrayList<LevelTimePoint>();
        for (LocalDate t : span(found.stream().map(LevelTimePoint::time).toList(), interval, where)) {
            for (OrganizationLevel level : levels) {
                out.add(new LevelTimePoint(t, level, counts.getOrDefault(t + "|" + level, 0)));
            }
        }
        return out;
    }

    /** The buckets a series covers: the asked range, else from its first to its last bucket with data. */
    private static List<LocalDate> span(List<LocalDate> withData, Interval interval, SeriesFilter where) {
        LocalDate from = where != null && where.from() != null ? where.from()
                : withData.stream().min(LocalDate::compareTo).orElse(null);
        LocalDate to = where != null && where.to() != null ? where.to()
                : withData.stream().max(LocalDate::compareTo).orElse(null);
        return from == null || to == null || to.isBefore(from) ? List.of() : Buckets.between(from, to, interval);
    }

    @Query
    @Description("Initiatives ranked by how many tasks advance them, most first (ties by name).")
    public RankedInitiativeConnection topInitiatives(SeriesFilter where, Integer first, String after) {
        var r = rank(TOP_INITIATIVES, where, first, after, v -> new RankedInitiative(Initiative.of(v.get("node")),
                v.get("count").asInt()));
        return RankedInitiativeConnection.of(r);
    }

    @Query
    @Description("Officials ranked by the number of meetings they attended, chaired or spoke at.")
    public RankedOfficialConnection topOfficials(SeriesFilter where, Integer first, String after) {
        var r = rank(TOP_OFFICIALS, where, first, after, v -> new RankedOfficial(Official.of(v.get("node")),
                v.get("count").asInt()));
        return RankedOfficialConnection.of(r);
    }

    @Query
    @Description("Bodies ranked by how many meetings relayed a meeting they convened: whose word travels furthest.")
    public RankedOrganizationConnection topOrganizationsByRelays(SeriesFilter where, Integer first, String after) {
        var r = rank(TOP_ORGANIZATIONS_BY_RELAYS, where, first, after,
                v -> new RankedOrganization(Organization.of(v.get("node")), v.get("count").asInt()));
        return RankedOrganizationConnection.of(r);
    }

    private <T> Listing.Result<T> rank(String ranking, SeriesFilter where, Integer first, String after,
            Function<Value, T> mapper) {
        Page page = Page.of(first, after, config);
        var params = params(Interval.DAY, where);
        int total = reads.count(filtered(ranking + TOTAL, params), params);
        params.put("skip", page.skip());
        params.put("limit", page.limit());
        List<T> items = page.limit() == 0 ? List.of() : reads.list(filtered(ranking + PAGE, params), params, mapper);
        return new Listing.Result<>(total, page.skip(), items, page.info(items, total));
    }

    /** The statement with the clauses of the filters set in {@code params}. */
    private static String filtered(String statement, Map<String, Object> params) {
        var clauses = new StringBuilder();
        FILTERS.forEach((parameter, clause) -> {
            if (params.get(parameter) != null) {
                clauses.append(clause);
            }
        });
        return statement.replace("{filters}", clauses);
    }

    private static Map<String, Object> params(Interval interval, SeriesFilter where) {
        var p = new HashMap<String, Object>();
        p.put("unit", interval.name().toLowerCase());
        p.put("from", where == null ? null : where.from());
        p.put("to", where == null ? null : where.to());
        p.put("organization", where == null ? null : where.organization());
        p.put("level", where == null ? null : OrganizationLevel.stored(where.level()));
        p.put("initiative", where == null ? null : where.initiative());
        p.put("official", where == null ? null : where.official());
        return p;
    }
}
