package dev.policygraph.api;

import org.eclipse.microprofile.graphql.Description;
import org.neo4j.driver.Value;

@Description("A title held at a body (null when the article names none), as seen on a date (the meeting's, else the "
        + "article's).")
public record Title(String title, Organization organization, java.time.LocalDate asOf, Evidence evidence) {

    static Title of(Value v) {
        Value body = v.get("organization");
        return new Title(Values.string(v, "title"), body.isNull() ? null : Organization.of(body),
                asOf(Values.string(v, "asOf")), Evidence.of(v.get("evidence")));
    }

    /** Stored as ISO text, empty when neither the meeting nor the article was dated (it is part of the edge's key). */
    private static java.time.LocalDate asOf(String stored) {
        return stored == null || stored.isEmpty() ? null : java.time.LocalDate.parse(stored);
    }
}
