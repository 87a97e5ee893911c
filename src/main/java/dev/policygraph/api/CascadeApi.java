package dev.policygraph.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import dev.policygraph.api.CascadeTypes.Cascade;
import dev.policygraph.api.CascadeTypes.CascadeDirection;
import dev.policygraph.api.CascadeTypes.CascadeEdge;
import dev.policygraph.api.CascadeTypes.CascadeNode;
import dev.policygraph.api.CascadeTypes.LevelSummary;
import dev.policygraph.api.CascadeTypes.LineageHop;
import dev.policygraph.api.CascadeTypes.LineagePath;
import dev.policygraph.api.CascadeTypes.RelayLink;
import dev.policygraph.cascade.RelayCorrections;
import dev.policygraph.config.PolicygraphConfig;
import dev.policygraph.ingest.Level;
import dev.policygraph.security.Roles;

/**
 * Tracing a cascade across articles: {@code cascade} (down or up from a node), {@code lineage} (every route up to
 * the top directive) and the fuzzy relay links behind them. Each query is one Cypher statement.
 */
@GraphQLApi
public class CascadeApi {

    private static final String TYPES = "IMPLEMENTS|RELAYS|ASSIGNED|HAS_ACTION|ADVANCES|PART_OF";

    /** Which way each relationship is walked. Down from a directive or meeting: to implementers, relayers, tasks. */
    private static final String DOWN = """
            (type(r) IN ['IMPLEMENTS', 'RELAYS'] AND startNode(r) = b)
            OR (type(r) IN ['ASSIGNED', 'HAS_ACTION', 'ADVANCES'] AND startNode(r) = a)""";

    /** Down from an initiative: its parts, the tasks advancing it, and the meetings that set those tasks. */
    private static final String DOWN_FROM_INITIATIVE = """
            type(r) IN ['ADVANCES', 'PART_OF', 'ASSIGNED', 'HAS_ACTION'] AND endNode(r) = a""";

    private static final String UP = """
            (type(r) IN ['IMPLEMENTS', 'RELAYS', 'PART_OF'] AND startNode(r) = a)
            OR (type(r) IN ['ASSIGNED', 'HAS_ACTION'] AND endNode(r) = a)""";

    /** Per node {@code n}: its meeting context, level, body, date and evidence, as a map {@code info}. */
    private static final String NODE_INFO = """
            CALL (n) {
              WITH n, CASE WHEN n:Meeting THEN n
                           WHEN n:Task THEN head([(n)<-[:HAS_ACTION*0..1]-(:Task)<-[:ASSIGNED]-(mm:Meeting) | mm])
                      END AS m
              OPTIONAL MATCH (g:Organization)-[:CONVENED]->(m)
              WITH n, m, g ORDER BY g.key
              WITH n, m, head(collect(g)) AS g
              RETURN n {.id, .name, .text, .goal, .focus, .placeholder, taskKind: n.kind, kind: labels(n)[0],
                        date: m.date, body: g.name, level: g.level,
                        issuers: [(n)<-[:ISSUED]-(o) | o.name],
                        issuerLevels: [(n)<-[:ISSUED]-(o:Organization) | o.level],
                        implementerLevels: CASE WHEN n:Directive
                            THEN [(n)<-[:IMPLEMENTS]-(:Meeting)<-[:CONVENED]-(ig:Organization) | ig.level] ELSE [] END,
                        evidence: CASE
                          WHEN n:Meeting THEN head([(n)<-[x:REPORTS]-() | properties(x)])
                          WHEN n:Task THEN head([(n)<-[x:ASSIGNED|HAS_ACTION]-() | properties(x)])
                          WHEN n:Directive THEN head([(n)<-[x:IMPLEMENTS]-() | properties(x)])
                          ELSE head([(n)<-[x:MENTIONS]-() | properties(x)]) END} AS info
            }""";

    /**
     * One level of the walk: the next nodes from the frontier, none seen before, the first {@code $budget} by id (so a
     * cut cascade is the same on every call). Its cost is the frontier's fan-out, never the number of paths.
     */
    private static final String NEXT_LEVEL = """
            UNWIND $frontier AS eid
            MATCH (a) WHERE elementId(a) = eid
            MATCH (a)-[r:%s]-(b)
            WHERE (%s) AND NOT elementId(b) IN $seen
            WITH DISTINCT b ORDER BY b.id
            LIMIT $budget
            RETURN elementId(b) AS eid""";

    private static final String START = """
            MATCH (s) WHERE s.id = $id AND (s:Meeting OR s:Directive OR s:Task OR s:Initiative)
            RETURN elementId(s) AS eid""";

    /** The walked nodes with what a reader needs of each, and the links among them. */
    private static final String DESCRIBE = """
            UNWIND $rows AS row
            MATCH (n) WHERE elementId(n) = row.eid
            %s
            WITH collect(info {.*, depth: row.depth}) AS nodes, collect(n) AS ns
            CALL (ns) {
              UNWIND ns AS x
              MATCH (x)-[r:%s]->(y) WHERE y IN ns
              WITH x, r, y ORDER BY x.id, type(r), y.id
              RETURN collect({from: x.id, to: y.id, type: type(r), props: properties(r)}) AS edges
            }
            RETURN nodes, edges""";

    private static final String LINEAGE = """
            MATCH (s) WHERE s.id = $id AND (s:Meeting OR s:Task)
            MATCH p = (s) ((a)-[r:IMPLEMENTS|RELAYS|ASSIGNED|HAS_ACTION]-(b) WHERE %s){1,%d} (top)
            WHERE NOT EXISTS { (top)-[:IMPLEMENTS|RELAYS]->() }
            WITH p ORDER BY length(p) DESC, [x IN nodes(p) | x.id]
            LIMIT 100
            WITH collect(p) AS paths
            CALL (paths) {
              UNWIND paths AS p
              UNWIND nodes(p) AS n
              WITH DISTINCT n
              %s
              RETURN collect(info) AS infos
            }
            RETURN infos,
                   [p IN paths | [x IN relationships(p) | {from: startNode(x).id, to: endNode(x).id, type: type(x),
                                                           props: properties(x)}]] AS routes,
                   [p IN paths | [x IN nodes(p) | x.id]] AS routeNodes""";

    private static final String FUZZY_LINKS = """
            MATCH (a:Meeting)-[r:RELAYS {matchedBy: 'fuzzy'}]->(b:Meeting)
            WITH a, r, b ORDER BY r.confidence, a.id
            RETURN {from: a""" + Meeting.PROJECTION + ", to: b" + Meeting.PROJECTION + """
            , props: properties(r)} AS item""";

    private final Reads reads;
    private final RelayCorrections corrections;
    private final PolicygraphConfig config;

    CascadeApi(Reads reads, RelayCorrections corrections, PolicygraphConfig config) {
        this.reads = reads;
        this.corrections = corrections;
        this.config = config;
    }

    @Query
    @Description("""
            The sub-graph reachable from a directive, meeting, task or initiative along IMPLEMENTS, RELAYS, ASSIGNED, \
            HAS_ACTION, ADVANCES and PART_OF, DOWN (implementers, relayers, tasks) or UP (what it descends from). \
            maxDepth is capped by policygraph.api.max-cascade-depth; the node count by max-cascade-nodes.""")
    public Cascade cascade(@NonNull @Id String from, @DefaultValue("DOWN") CascadeDirection direction,
            @DefaultValue("4") int maxDepth) {
        int depth = checkedDepth(maxDepth);
        String label = dev.policygraph.graph.Ids.labelOf(from);
        String rule = direction == CascadeDirection.UP ? UP : "Initiative".equals(label) ? DOWN_FROM_INITIATIVE : DOWN;
        List<Record> start = reads.records(START, Map.of("id", from));
        if (start.isEmpty()) {
            return null;
        }
        Walk walk = walk(start.get(0).get("eid").asString(), rule, depth, config.api().maxCascadeNodes());
        Record row = reads.records(DESCRIBE.formatted(NODE_INFO, TYPES), Map.of("rows", walk.rows())).get(0);
        var nodes = new ArrayList<CascadeNode>();
        var byId = new HashMap<String, CascadeNode>();
        for (Value v : row.get("nodes").values()) {
            CascadeNode n = node(v, v.get("depth").asInt());
            nodes.add(n);
            byId.put(n.id(), n);
        }
        nodes.sort(java.util.Comparator.comparingInt(CascadeNode::depth).thenComparing(CascadeNode::id));
        var edges = row.get("edges").asList(e -> edge(e, byId));
        return new Cascade(byId.get(from), nodes, edges, walk.truncated(), summary(nodes));
    }

    /** Nodes reached, with their depth, and whether the node budget cut the walk short. */
    record Walk(List<Map<String, Object>> rows, boolean truncated, int rowsRead) {
    }

    /**
     * Breadth first, one statement per level, each asking for no more new nodes than the budget has left: the work
     * is bounded by the budget, however many paths the graph holds (enumerating every path first took 32 s from a
     * meeting with thousands of tasks).
     */
    Walk walk(String startEid, String rule, int maxDepth, int maxNodes) {
        var rows = new ArrayList<Map<String, Object>>();
        var seen = new ArrayList<String>();
        rows.add(Map.of("eid", startEid, "depth", 0));
        seen.add(startEid);
        List<String> frontier = List.of(startEid);
        boolean truncated = false;
        int read = 0;
        String next = NEXT_LEVEL.formatted(TYPES, rule);
        for (int level = 1; level <= maxDepth && !frontier.isEmpty() && !truncated; level++) {
            int budget = maxNodes - seen.size();
            List<Record> found = reads.records(next, Map.of("frontier", frontier, "seen", seen, "budget", budget + 1));
            read += found.size();
            var reached = new ArrayList<String>();
            for (Record r : found) {
                if (reached.size() == budget) {
                    truncated = true;
                    break;
                }
                String eid = r.get("eid").asString();
                reached.add(eid);
                rows.add(Map.of("eid", eid, "depth", level));
            }
            seen.addAll(reached);
            frontier = reached;
        }
        return new Walk(rows, truncated, read);
    }

    @Query
    @Description("For a task or meeting: every route up to its top directive (or topmost meeting), one path per route, each hop with its evidence. Longest routes first.")
    public List<LineagePath> lineage(@NonNull @Id String of) {
        String cypher = LINEAGE.formatted(UP, config.api().maxCascadeDepth(), NODE_INFO);
        List<Record> rows = reads.records(cypher, Map.of("id", of));
        if (rows.isEmpty()) {
            return List.of();
        }
        Record row = rows.get(0);
        var byId = new HashMap<String, CascadeNode>();
        for (Value v : row.get("infos").values()) {
            CascadeNode n = node(v, 0);
            byId.put(n.id(), n);
        }
        var paths = new ArrayList<LineagePath>();
        List<Value> routes = row.get("routes").asList(x -> x);
        List<Value> routeNodes = row.get("routeNodes").asList(x -> x);
        for (int i = 0; i < routes.size(); i++) {
            List<String> ids = routeNodes.get(i).asList(Value::asString);
            var hops = new ArrayList<LineageHop>();
            List<Value> rels = routes.get(i).asList(x -> x);
            for (int h = 0; h < rels.size(); h++) {
                CascadeNode a = withDepth(byId.get(ids.get(h)), h);
                CascadeNode b = withDepth(byId.get(ids.get(h + 1)), h + 1);
                hops.add(new LineageHop(a, b, edge(rels.get(h), byId)));
            }
            paths.add(new LineagePath(withDepth(byId.get(ids.get(ids.size() - 1)), ids.size() - 1), hops));
        }
        return paths;
    }

    @Query
    @Description("Relay links made by fuzzy name matching across articles, least sure first: what a user should review.")
    public List<RelayLink> fuzzyRelayLinks() {
        return reads.list(FUZZY_LINKS, Map.of(), v -> {
            Value p = v.get("props");
            return new RelayLink(Meeting.of(v.get("from")), Meeting.of(v.get("to")), p.get("confidence").asDouble(),
                    Values.string(p, "matchedBy"), Values.string(p, "refName"), Evidence.of(p));
        });
    }

    @Mutation
    @RolesAllowed(Roles.WRITER)
    @Description("Undoes a fuzzy relay link: the relay goes to the next best meeting or back to a placeholder, and the pair is remembered so later ingests do not redo it. Returns the meeting it now points at.")
    public Meeting unlinkRelay(@NonNull @Id String from, @NonNull @Id String to) {
        String target = corrections.unlink(from, to).orElseThrow(() -> new InvalidArgumentException(
                "no fuzzy RELAYS link from " + from + " to " + to + " (exact links cannot be undone; relinkRelay can"
                        + " point them elsewhere)"));
        return meetingByKey(target);
    }

    @Mutation
    @RolesAllowed(Roles.WRITER)
    @Description("Points a relay at the meeting it means: the link from `from` to `to` moves to `target` with its evidence, marked matchedBy USER so no later ingest moves it, and the old pair is remembered as wrong. Returns the target meeting.")
    public Meeting relinkRelay(@NonNull @Id String from, @NonNull @Id String to, @NonNull @Id String target) {
        String key = corrections.relink(from, to, target).orElseThrow(() -> new InvalidArgumentException(
                "no RELAYS link from " + from + " to " + to + ", or no meeting " + target));
        return meetingByKey(key);
    }

    private Meeting meetingByKey(String key) {
        return reads.one("MATCH (n:Meeting {key: $key}) RETURN n " + Meeting.PROJECTION + " AS item", Map.of("key", key),
                Meeting::of);
    }

    private int checkedDepth(int maxDepth) {
        int cap = config.api().maxCascadeDepth();
        if (maxDepth < 1 || maxDepth > cap) {
            throw new InvalidArgumentException("maxDepth must be between 1 and " + cap
                    + " (policygraph.api.max-cascade-depth), got " + maxDepth);
        }
        return maxDepth;
    }

    private static CascadeNode withDepth(CascadeNode n, int depth) {
        return new CascadeNode(n.id(), n.kind(), n.label(), n.date(), n.level(), n.body(), n.placeholder(), n.taskKind(),
                depth, n.evidence());
    }

    private static CascadeNode node(Value v, int depth) {
        String kind = Values.string(v, "kind");
        String label = switch (kind) {
            case "Directive" -> Values.string(v, "text");
            case "Task" -> Values.string(v, "goal") != null ? Values.string(v, "goal") : Values.string(v, "text");
            default -> Values.string(v, "name");
        };
        String level = Values.string(v, "level");
        String body = Values.string(v, "body");
        if ("Directive".equals(kind)) {
            List<String> issuers = Values.strings(v, "issuers");
            body = issuers.isEmpty() ? null : String.join("、", issuers);
            level = directiveLevel(Values.strings(v, "issuerLevels"), Values.strings(v, "implementerLevels"));
        }
        Value evidence = v.get("evidence");
        String taskKind = Values.string(v, "taskKind");
        return new CascadeNode(Values.string(v, "id"), kind, label, Values.date(v, "date"),
                level == null ? Level.UNKNOWN.name() : level, body, Values.bool(v, "placeholder"),
                "Task".equals(kind) && taskKind != null ? TaskKind.valueOf(taskKind) : null, depth,
                evidence.isNull() ? null : Evidence.of(evidence));
    }

    /** A directive sits at its issuer's level; issued by a person or unknown, one level above its highest implementer. */
    static String directiveLevel(List<String> issuerLevels, List<String> implementerLevels) {
        Level best = Level.UNKNOWN;
        for (String l : issuerLevels) {
            Level x = Level.valueOf(l);
            if (x != Level.UNKNOWN && (best == Level.UNKNOWN || x.ordinal() < best.ordinal())) {
                best = x;
            }
        }
        if (best != Level.UNKNOWN) {
            return best.name();
        }
        Level highest = Level.UNKNOWN;
        for (String l : implementerLevels) {
            Level x = Level.valueOf(l);
            if (x != Level.UNKNOWN && (highest == Level.UNKNOWN || x.ordinal() < highest.ordinal())) {
                highest = x;
            }
        }
        return highest == Level.UNKNOWN ? Level.UNKNOWN.name()
                : Level.values()[Math.max(0, highest.ordinal() - 1)].name();
    }

    private static CascadeEdge edge(Value e, Map<String, CascadeNode> byId) {
        String from = e.get("from").asString();
        String to = e.get("to").asString();
        Value p = e.get("props");
        CascadeNode a = byId.get(from);
        CascadeNode b = byId.get(to);
        Double confidence = p.get("confidence").isNull() ? 1.0 : p.get("confidence").asDouble();
        return new CascadeEdge(from, to, e.get("type").asString(), a == null ? null : a.level(),
                b == null ? null : b.level(), confidence, Values.string(p, "matchedBy"), Values.string(p, "refName"),
                Evidence.of(p));
    }

    /** Meetings, and the tasks and requirements they set, per level and month, top level first. */
    static List<LevelSummary> summary(List<CascadeNode> nodes) {
        var counts = new TreeMap<String, int[]>();
        var keys = new LinkedHashMap<String, String[]>();
        for (CascadeNode n : nodes) {
            boolean meeting = "Meeting".equals(n.kind());
            // what was set, as the TASKS metric counts: tasks and requirements, not actions or achievements
            boolean task = "Task".equals(n.kind()) && (n.taskKind() == TaskKind.TASK || n.taskKind() == TaskKind.REQUIREMENT);
            if (!meeting && !task) {
                continue;
            }
            String month = n.date() == null ? null : n.date().toString().substring(0, 7);
            String key = Level.valueOf(n.level()).ordinal() + "|" + (month == null ? "~" : month);
            keys.putIfAbsent(key, new String[] {n.level(), month});
            int[] c = counts.computeIfAbsent(key, k -> new int[2]);
            c[meeting ? 0 : 1]++;
        }
        var out = new ArrayList<LevelSummary>();
        counts.forEach((k, c) -> out.add(new LevelSummary(keys.get(k)[0], keys.get(k)[1], c[0], c[1])));
        return out;
    }
}
