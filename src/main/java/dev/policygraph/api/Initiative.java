package dev.policygraph.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.neo4j.driver.Value;

@Description("A named programme or slogan: 快遞進村, 放管服, 三大攻堅戰.")
public record Initiative(@Id @NonNull String id, @NonNull String name, String simplifiedName) {

    static final String PROJECTION = "{.id, .name, .simplifiedName}";

    static Initiative of(Value v) {
        return new Initiative(Values.string(v, "id"), Values.string(v, "name"), Values.string(v, "simplifiedName"));
    }
}
