package dev.policygraph.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.neo4j.driver.Value;

@Description("A person holding office. Namesakes in different bodies are different officials.")
public record Official(@Id @NonNull String id, @NonNull String name, String simplifiedName) {

    static final String PROJECTION = "{.id, .name, .simplifiedName}";

    static Official of(Value v) {
        return new Official(Values.string(v, "id"), Values.string(v, "name"), Values.string(v, "simplifiedName"));
    }
}
