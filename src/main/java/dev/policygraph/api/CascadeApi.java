package dev.policygraph.api;

import java.util.ArrayList;
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
import org.neo4j.driver.Value;

import dev.policygraph.api.CascadeTypes.Cascade;
import dev.policygraph.api.CascadeTypes.CascadeDirection;
import dev.policygraph.api.CascadeTypes.CascadeEdge;
import dev.policygraph.api.CascadeTypes.CascadeNode;
import dev.policygraph.api.CascadeTypes.LevelSummary;
import dev.policygraph.api.CascadeTypes.LineageHop;
import dev.policygraph.api.CascadeTypes.LineagePath;
import dev.policygraph.api.CascadeTypes.RelayLink;
import dev.policygraph.cascade.LevelMonths;
import dev.policygraph.cascade.RelayCorrections;
import dev.policygraph.cascade.Trace;
import dev.policygraph.cascade.TraceTooLargeException;
import dev.policygraph.cascade.TracedEdge;
import dev.policygraph.cascade.TracedNode;
import dev.policygraph.config.PolicygraphConfig;
import dev.policygraph.ingest.Level;
import dev.policygraph.security.Roles;

/**
 * Tracing a cascade across articles, as GraphQL: {@code cascade} (down or up from a node), {@code lineage} (every
 * route up to the top directive) and the fuzzy relay links behind them. The tracing itself is {@link Trace}; the
 * corrections are {@link RelayCorrections}; this class maps their answers.
 */
@GraphQLApi
public class CascadeApi {

    private static final String FUZZY_LINKS = """
            MATCH (a:Meeting)-[r:RELAYS {matchedBy: 'fuzzy'}]->(b:Meeting)
            WITH a, r, b ORDER BY r.confidence, a.id
            RETURN {from: a""" + Meeting.PROJECTION + ", to: b" + Meeting.PROJECTION + """
            , props: properties(r)} AS item""";

    private final Reads reads;
    private final MeetingApi meetings;
    private final RelayCorrections corrections;
    private final PolicygraphConfig config;

    CascadeApi(Reads reads, MeetingApi meetings, RelayCorrections corrections, PolicygraphConfig config) {
        this.reads = reads;
        this.meetings = meetings;
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
        var way = direction == CascadeDirection.UP ? Trace.Direction.UP : Trace.Direction.DOWN;
        return new Trace(reads.tx()).cascade(from, way, depth, config.api().maxCascadeNodes()).map(c -> {
            List<CascadeNode> nodes = c.nodes().stream().map(CascadeApi::node).toList();
            return new Cascade(node(c.root()), nodes, c.edges().stream().map(CascadeApi::edge).toList(),
                    c.truncated(), LevelMonths.of(c.nodes()).stream().map(CascadeApi::summary).toList());
        }).orElse(null);
    }

    @Query
    @Description("For a task or meeting: every route up to its top directive (or topmost meeting), one path per route, each hop with its evidence. Longest routes first.")
    public List<LineagePath> lineage(@NonNull @Id String of) {
        List<Trace.Route> routes;
        try {
            routes = new Trace(reads.tx()).lineage(of, config.api().maxCascadeDepth());
        } catch (TraceTooLargeException e) {
            throw new LimitExceededException("The lineage has too many routes to rank (" + e.getMessage()
                    + "); ask for the lineage of a node further up.");
        }
        var paths = new ArrayList<LineagePath>();
        for (Trace.Route route : routes) {
            List<CascadeNode> nodes = route.nodes().stream().map(CascadeApi::node).toList();
            var hops = new ArrayList<LineageHop>();
            for (int h = 0; h < route.edges().size(); h++) {
                hops.add(new LineageHop(nodes.get(h), nodes.get(h + 1), edge(route.edges().get(h))));
            }
            paths.add(new LineagePath(nodes.get(nodes.size() - 1), hops));
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
        return meetings.meeting(target);
    }

    @Mutation
    @RolesAllowed(Roles.WRITER)
    @Description("Points a relay at the meeting it means: the link from `from` to `to` moves to `target` with its evidence, marked matchedBy USER so no later ingest moves it, and the old pair is remembered as wrong. Returns the target meeting.")
    public Meeting relinkRelay(@NonNull @Id String from, @NonNull @Id String to, @NonNull @Id String target) {
        String id = corrections.relink(from, to, target).orElseThrow(() -> new InvalidArgumentException(
                "no RELAYS link from " + from + " to " + to + ", or no meeting " + target));
        return meetings.meeting(id);
    }

    private int checkedDepth(int maxDepth) {
        int cap = config.api().maxCascadeDepth();
        if (maxDepth < 1 || maxDepth > cap) {
            throw new InvalidArgumentException("maxDepth must be between 1 and " + cap
                    + " (policygraph.api.max-cascade-depth), got " + maxDepth);
        }
        return maxDepth;
    }

    private static CascadeNode node(TracedNode n) {
        return new CascadeNode(n.id(), NodeKind.ofLabel(n.kind()), n.label(), n.date(), OrganizationLevel.valueOf(n.level().name()),
                n.body(), n.placeholder(),
                n.taskKind() == null ? null : TaskKind.valueOf(n.taskKind()), n.depth(), Evidence.of(n.evidence()));
    }

    private static CascadeEdge edge(TracedEdge e) {
        return new CascadeEdge(e.from(), e.to(), CascadeTypes.CascadeEdgeType.valueOf(e.type()), level(e.fromLevel()),
                level(e.toLevel()), e.confidence(), e.matchedBy(), e.refName(),
                Evidence.of(e.evidence()));
    }

    private static OrganizationLevel level(Level level) {
        return level == null ? null : OrganizationLevel.valueOf(level.name());
    }

    private static LevelSummary summary(LevelMonths.Count c) {
        return new LevelSummary(OrganizationLevel.valueOf(c.level().name()), c.month(), c.meetings(), c.tasks());
    }
}
