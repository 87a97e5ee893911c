package dev.policygraph.api;

import org.eclipse.microprofile.graphql.Description;
import org.neo4j.driver.Value;

@Description("Who issued a directive: an official or a body. kind is OFFICIAL or ORGANIZATION; id resolves with official(id) or organization(id).")
public record Issuer(String id, String name, String simplifiedName, String kind) {

    static Issuer of(Value v) {
        return new Issuer(Values.string(v, "id"), Values.string(v, "name"), Values.string(v, "simplifiedName"),
                Values.string(v, "kind"));
    }
}
