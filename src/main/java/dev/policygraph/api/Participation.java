package dev.policygraph.api;

import org.eclipse.microprofile.graphql.Description;
import org.neo4j.driver.Value;

@Description("An official's role at a meeting: ATTENDED (出席), CHAIRED (主持) or SPOKE (講話).")
public record Participation(Official official, Meeting meeting, String role, Evidence evidence) {

    static Participation of(Value v) {
        return new Participation(v.get("official").isNull() ? null : Official.of(v.get("official")),
                v.get("meeting").isNull() ? null : Meeting.of(v.get("meeting")),
                role(v.get("role").asString()), Evidence.of(v.get("evidence")));
    }

    private static String role(String relationshipType) {
        return "SPOKE_AT".equals(relationshipType) ? "SPOKE" : relationshipType;
    }
}
