package dev.policygraph.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.neo4j.driver.Value;

@Description("A body: 黨中央, a ministry, a provincial or city bureau.")
public record Organization(@Id @NonNull String id, @NonNull String name, String simplifiedName,
        @NonNull OrganizationLevel level) {

    static final String PROJECTION = "{.id, .name, .simplifiedName, .level}";

    static Organization of(Value v) {
        return new Organization(Values.string(v, "id"), Values.string(v, "name"), Values.string(v, "simplifiedName"),
                Values.enumValue(v, "level", OrganizationLevel.class, OrganizationLevel.UNKNOWN));
    }
}
