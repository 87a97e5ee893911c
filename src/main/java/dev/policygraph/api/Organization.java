package dev.policygraph.api;

import org.eclipse.microprofile.graphql.Description;
import org.neo4j.driver.Value;

@Description("A body: 黨中央, a ministry, a provincial or city bureau.")
public record Organization(String id, String name, String simplifiedName,
        @Description("CENTRAL, MINISTRY, PROVINCIAL, MUNICIPAL, COUNTY or UNKNOWN") String level) {

    static final String PROJECTION = "{.id, .name, .simplifiedName, .level}";

    static Organization of(Value v) {
        return new Organization(Values.string(v, "id"), Values.string(v, "name"), Values.string(v, "simplifiedName"),
                Values.string(v, "level"));
    }
}
