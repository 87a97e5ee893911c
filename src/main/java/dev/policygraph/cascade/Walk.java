package dev.policygraph.cascade;

import java.util.List;
import java.util.Map;

/**
 * Which cascade links a walk follows, and which way: the one home of "up" and "down". A link is followed from node
 * {@code a} when its type is in {@code outward} and it starts at {@code a}, or in {@code inward} and it ends there.
 */
enum Walk {
    /** To implementers, relayers and the tasks set. */
    DOWN(List.of("ASSIGNED", "HAS_ACTION", "ADVANCES"), List.of("IMPLEMENTS", "RELAYS")),
    /** From an initiative: its parts, the tasks advancing it, the meetings that set those tasks. */
    DOWN_FROM_INITIATIVE(List.of(), List.of("ADVANCES", "PART_OF", "ASSIGNED", "HAS_ACTION")),
    /** To what the node descends from: directives implemented, meetings relayed, wholes, the setting meeting. */
    UP(List.of("IMPLEMENTS", "RELAYS", "PART_OF"), List.of("ASSIGNED", "HAS_ACTION")),
    /** Up as a lineage climbs: as UP, but not from a part to its whole. */
    LINEAGE(List.of("IMPLEMENTS", "RELAYS"), List.of("ASSIGNED", "HAS_ACTION"));

    final List<String> outward;
    final List<String> inward;

    Walk(List<String> outward, List<String> inward) {
        this.outward = outward;
        this.inward = inward;
    }

    /** The statement parameters {@code $outward} and {@code $inward}. */
    Map<String, Object> parameters() {
        return Map.of("outward", outward, "inward", inward);
    }
}
