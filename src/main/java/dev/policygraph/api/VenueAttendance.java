package dev.policygraph.api;

import org.eclipse.microprofile.graphql.Description;
import org.neo4j.driver.Value;

@Description("A body that took part in a meeting at a venue: 主會場 (main) or 分會場 (branch).")
public record VenueAttendance(String venue, Organization organization, Evidence evidence) {

    static VenueAttendance of(Value v) {
        return new VenueAttendance(Values.string(v, "venue"), Organization.of(v.get("organization")),
                Evidence.of(v.get("evidence")));
    }
}
