package dev.policygraph.api;

import org.eclipse.microprofile.graphql.Description;
import org.neo4j.driver.Value;

@Description("A title held at a body, as seen on a date (the meeting's, else the article's).")
public record Title(String title, Organization organization, String asOf, Evidence evidence) {

    static Title of(Value v) {
        return new Title(Values.string(v, "title"), Organization.of(v.get("organization")), Values.string(v, "asOf"),
                Evidence.of(v.get("evidence")));
    }
}
