package dev.policygraph.ingest;

import java.util.List;

/** Who took part where: 主會場 (main venue) or 分會場 (branch venues). */
public record Venue(String name, List<OrganizationRef> attendees, Evidence evidence) {
}
