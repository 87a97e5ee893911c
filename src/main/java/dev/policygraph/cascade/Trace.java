package dev.policygraph.cascade;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import dev.policygraph.graph.Ids;
import dev.policygraph.graph.store.GraphStore.Tx;

/**
 * Tracing a cascade across articles over the stored graph: the nodes reachable down or up from one
 * ({@link #cascade}), and every route from a task or meeting up to a top ({@link #lineage}). Reads only, through the
 * caller's transaction (an API request's), so a request's reads share one transaction and its time budget. Every
 * statement is fixed text with parameters; both walks go one level per statement, so their work is bounded by what
 * they keep, never by the number of paths the graph holds.
 */
public final class Trace {

    /** DOWN: implementers, relayers, tasks (from an initiative: its parts, tasks and their meetings). UP: the reverse. */
    public enum Direction { DOWN, UP }

    /** What a cascade reached: nearest first (by depth, then id), the links among them, and whether the budget cut it. */
    public record Cascade(TracedNode root, List<TracedNode> nodes, List<TracedEdge> edges, boolean truncated) {
    }

    /** One route up from the start: its nodes (depth = hops from the start; the last is the top) and the links between. */
    public record Route(List<TracedNode> nodes, List<TracedEdge> edges) {
    }

    /** Most routes a lineage returns, longest first. */
    static final int MAX_ROUTES = 100;

    /** Most links a lineage follows while spelling out its routes (each route is at most max-cascade-depth links). */
    static final int MAX_STEPS = 1_000_000;

    private static final String START = """
            MATCH (s) WHERE s.id = $id AND (s:Meeting OR s:Directive OR s:Task OR s:Initiative)
            RETURN elementId(s) AS eid""";

    /**
     * One level of the cascade: the next nodes from the frontier, none seen before, the first {@code $budget} by id
     * (so a cut cascade is the same on every call). Its cost is the frontier's fan-out, never the number of paths.
     * Which links are walked which way comes from {@link Walk} ({@code $outward}, {@code $inward}).
     */
    private static final String NEXT_LEVEL = """
            UNWIND $frontier AS eid
            MATCH (a) WHERE elementId(a) = eid
            MATCH (a)-[r:IMPLEMENTS|RELAYS|ASSIGNED|HAS_ACTION|ADVANCES|PART_OF]-(b)
            WHERE ((type(r) IN $outward AND startNode(r) = a) OR (type(r) IN $inward AND endNode(r) = a))
              AND NOT elementId(b) IN $seen
            WITH DISTINCT b ORDER BY b.id
            LIMIT $budget
            RETURN elementId(b) AS eid""";

    /**
     * One level of a lineage: every link up from the frontier (a task to its parent task and its meeting, a meeting
     * to what it relays and implements), and whether the node reached is a top (relays and implements nothing).
     * Ordered, so routes of the same length and nodes come out the same on every call. The links: {@link Walk#LINEAGE}.
     */
    private static final String UP_LINKS = """
            UNWIND $frontier AS eid
            MATCH (a) WHERE elementId(a) = eid
            MATCH (a)-[r:IMPLEMENTS|RELAYS|ASSIGNED|HAS_ACTION]-(b)
            WHERE (type(r) IN $outward AND startNode(r) = a) OR (type(r) IN $inward AND endNode(r) = a)
            WITH eid, r, b ORDER BY b.id, type(r)
            RETURN eid AS at, elementId(r) AS rel, elementId(b) AS to, b.id AS toId,
                   NOT EXISTS { (b)-[:IMPLEMENTS|RELAYS]->() } AS top,
                   {from: startNode(r).id, to: endNode(r).id, type: type(r), props: properties(r)} AS edge""";

    /**
     * The traced nodes with what a reader needs of each (meeting context, level, body, date, evidence) and every
     * cascade link among them. A task's meeting is the one that assigned it or its parent task; a node's body is
     * its meeting's convener, the first by key.
     */
    private static final String DESCRIBE = """
            UNWIND $rows AS row
            MATCH (n) WHERE elementId(n) = row.eid
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
            }
            WITH collect(info {.*, depth: row.depth}) AS nodes, collect(n) AS ns
            CALL (ns) {
              UNWIND ns AS x
              MATCH (x)-[r:IMPLEMENTS|RELAYS|ASSIGNED|HAS_ACTION|ADVANCES|PART_OF]->(y) WHERE y IN ns
              WITH x, r, y ORDER BY x.id, type(r), y.id
              RETURN collect({from: x.id, to: y.id, type: type(r), props: properties(r)}) AS edges
            }
            RETURN nodes, edges""";

    private final Tx tx;

    public Trace(Tx tx) {
        this.tx = tx;
    }

    /**
     * Breadth first from {@code fromId}, one statement per level, each asking for no more new nodes than the budget
     * has left: the work is bounded by {@code maxNodes}, however many paths the graph holds (enumerating every path
     * first took 32 s from a meeting with thousands of tasks).
     *
     * @return empty when no directive, meeting, task or initiative has that id
     */
    public Optional<Cascade> cascade(String fromId, Direction direction, int maxDepth, int maxNodes) {
        Optional<String> start = start(fromId);
        if (start.isEmpty()) {
            return Optional.empty();
        }
        Walk walk = direction == Direction.UP ? Walk.UP
                : "Initiative".equals(Ids.labelOf(fromId)) ? Walk.DOWN_FROM_INITIATIVE : Walk.DOWN;
        var rows = new ArrayList<Map<String, Object>>();
        var seen = new ArrayList<String>();
        rows.add(Map.of("eid", start.get(), "depth", 0));
        seen.add(start.get());
        List<String> frontier = List.of(start.get());
        boolean truncated = false;
        for (int level = 1; level <= maxDepth && !frontier.isEmpty() && !truncated; level++) {
            int budget = maxNodes - seen.size();
            var params = new HashMap<String, Object>(walk.parameters());
            params.putAll(Map.of("frontier", frontier, "seen", seen, "budget", budget + 1));
            List<Record> found = tx.run(NEXT_LEVEL, params);
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
        Described described = describe(rows);
        var nodes = new ArrayList<>(described.byId().values());
        nodes.sort(Comparator.comparingInt(TracedNode::depth).thenComparing(TracedNode::id));
        return Optional.of(new Cascade(described.byId().get(fromId), nodes, described.edges(), truncated));
    }

    /**
     * Every route from a task or meeting up to a top (a directive, or a meeting that relays and implements nothing
     * known) of at most {@code maxHops} links, no link used twice in a route; the longest first, then by the ids
     * along them, at most {@value #MAX_ROUTES}. The links up are read one level per statement, each node's once; the
     * routes are then spelled out here.
     */
    public List<Route> lineage(String ofId, int maxHops) {
        String label = Ids.labelOf(ofId);
        Optional<String> start = "Meeting".equals(label) || "Task".equals(label) ? start(ofId) : Optional.empty();
        if (start.isEmpty()) {
            return List.of();
        }
        List<List<UpLink>> routes = new Climb(upLinks(start.get(), maxHops), maxHops).from(start.get());
        if (routes.isEmpty()) {
            return List.of();
        }
        Comparator<List<UpLink>> longestFirst = Comparator.comparingInt(List::size);
        routes.sort(longestFirst.reversed().thenComparing(Trace::idsAlong, Trace::compareIds));
        List<List<UpLink>> kept = routes.subList(0, Math.min(MAX_ROUTES, routes.size()));

        var eids = new LinkedHashSet<String>();
        eids.add(start.get());
        kept.forEach(route -> route.forEach(link -> eids.add(link.to())));
        Described described = describe(eids.stream().map(eid -> Map.<String, Object>of("eid", eid, "depth", 0)).toList());
        var out = new ArrayList<Route>();
        for (List<UpLink> route : kept) {
            var nodes = new ArrayList<TracedNode>();
            nodes.add(described.byId().get(ofId));
            route.forEach(link -> nodes.add(described.byId().get(link.toId()).withDepth(nodes.size())));
            out.add(new Route(nodes, route.stream().map(link -> TracedEdge.of(link.edge(), described.byId())).toList()));
        }
        return out;
    }

    /** One stored link up from node {@code at} to node {@code to} (element ids), {@code rel} its relationship's. */
    private record UpLink(String at, String rel, String to, String toId, boolean top, Value edge) {
    }

    /** The links up from every node within {@code maxHops - 1} links of the start: the ones a route can leave from. */
    private Map<String, List<UpLink>> upLinks(String startEid, int maxHops) {
        var up = new HashMap<String, List<UpLink>>();
        var expanded = new HashSet<String>();
        List<String> frontier = List.of(startEid);
        for (int level = 1; level <= maxHops && !frontier.isEmpty(); level++) {
            expanded.addAll(frontier);
            var next = new LinkedHashSet<String>();
            var params = new HashMap<String, Object>(Walk.LINEAGE.parameters());
            params.put("frontier", frontier);
            for (Record r : tx.run(UP_LINKS, params)) {
                var link = new UpLink(r.get("at").asString(), r.get("rel").asString(), r.get("to").asString(),
                        r.get("toId").asString(), r.get("top").asBoolean(), r.get("edge"));
                up.computeIfAbsent(link.at(), k -> new ArrayList<>()).add(link);
                if (!expanded.contains(link.to())) {
                    next.add(link.to());
                }
            }
            frontier = List.copyOf(next);
        }
        return up;
    }

    /**
     * Depth first: every route from a node on, each ending at a top and no longer than {@code maxHops}. A graph whose
     * routes multiply past {@value #MAX_STEPS} steps is refused, as the read timeout refused the same walk in Cypher.
     */
    private static final class Climb {

        private final Map<String, List<UpLink>> up;
        private final int maxHops;
        private final Deque<UpLink> route = new ArrayDeque<>();
        private final Set<String> used = new HashSet<>();
        private final List<List<UpLink>> out = new ArrayList<>();
        private int steps;

        Climb(Map<String, List<UpLink>> up, int maxHops) {
            this.up = up;
            this.maxHops = maxHops;
        }

        List<List<UpLink>> from(String startEid) {
            climb(startEid);
            return out;
        }

        private void climb(String at) {
            for (UpLink link : up.getOrDefault(at, List.of())) {
                if (!used.add(link.rel())) {
                    continue;
                }
                if (++steps > MAX_STEPS) {
                    throw new TraceTooLargeException("a lineage of more than " + MAX_STEPS + " route steps");
                }
                route.addLast(link);
                if (link.top()) {
                    out.add(List.copyOf(route));
                }
                if (route.size() < maxHops) {
                    climb(link.to());
                }
                route.removeLast();
                used.remove(link.rel());
            }
        }
    }

    private static List<String> idsAlong(List<UpLink> route) {
        return route.stream().map(UpLink::toId).toList();
    }

    /** Element by element, as Cypher orders lists of strings. */
    private static int compareIds(List<String> a, List<String> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    private Optional<String> start(String id) {
        List<Record> found = tx.run(START, Map.of("id", id));
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0).get("eid").asString());
    }

    /** Nodes by id, and the links among them. */
    private record Described(Map<String, TracedNode> byId, List<TracedEdge> edges) {
    }

    private Described describe(List<Map<String, Object>> rows) {
        Record row = tx.run(DESCRIBE, Map.of("rows", rows)).get(0);
        var byId = new HashMap<String, TracedNode>();
        for (Value v : row.get("nodes").values()) {
            TracedNode n = TracedNode.of(v);
            byId.put(n.id(), n);
        }
        return new Described(byId, row.get("edges").asList(e -> TracedEdge.of(e, byId)));
    }
}
