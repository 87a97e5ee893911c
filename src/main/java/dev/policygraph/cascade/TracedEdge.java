package dev.policygraph.cascade;

import java.util.Map;

import org.neo4j.driver.Value;

import dev.policygraph.ingest.Level;

/**
 * One stored cascade relationship between two traced nodes, with the levels of its ends.
 *
 * @param confidence 1 for links read straight from one article; below 1 for fuzzy cross-article relays
 * @param matchedBy  RELAYS only: exact or fuzzy (or USER after a correction)
 * @param refName    RELAYS only: the meeting name as the relaying article wrote it
 * @param evidence   the relationship's properties, evidence included
 */
public record TracedEdge(String from, String to, String type, Level fromLevel, Level toLevel, double confidence,
        String matchedBy, String refName, Value evidence) {

    /** From an edge map {@code {from, to, type, props}}; the ends' levels from the traced nodes. */
    static TracedEdge of(Value e, Map<String, TracedNode> byId) {
        String from = e.get("from").asString();
        String to = e.get("to").asString();
        Value p = e.get("props");
        TracedNode a = byId.get(from);
        TracedNode b = byId.get(to);
        return new TracedEdge(from, to, e.get("type").asString(), a == null ? null : a.level(),
                b == null ? null : b.level(), p.get("confidence").isNull() ? 1.0 : p.get("confidence").asDouble(),
                p.get("matchedBy").isNull() ? null : p.get("matchedBy").asString(),
                p.get("refName").isNull() ? null : p.get("refName").asString(), p);
    }
}
