package dev.policygraph.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.neo4j.driver.Value;

@Description("An official's role at a meeting: ATTENDED (出席), CHAIRED (主持) or SPOKE (講話).")
public record Participation(Official official, Meeting meeting, @NonNull ParticipationRole role, Evidence evidence) {

    static Participation of(Value v) {
        return new Participation(v.get("official").isNull() ? null : Official.of(v.get("official")),
                v.get("meeting").isNull() ? null : Meeting.of(v.get("meeting")),
                role(v.get("role").asString()), Evidence.of(v.get("evidence")));
    }

    private static ParticipationRole role(String relationshipType) {
        return "SPOKE_AT".equals(relationshipType) ? ParticipationRole.SPOKE : ParticipationRole.valueOf(relationshipType);
    }
}
