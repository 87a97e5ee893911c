package dev.policygraph.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.neo4j.driver.Value;

@Description("Who issued a directive: an official or a body. kind is OFFICIAL or ORGANIZATION; id resolves with official(id) or organization(id).")
public record Issuer(@Id @NonNull String id, @NonNull String name, String simplifiedName, @NonNull IssuerKind kind) {

    static Issuer of(Value v) {
        return new Issuer(Values.string(v, "id"), Values.string(v, "name"), Values.string(v, "simplifiedName"),
                Values.enumValue(v, "kind", IssuerKind.class, null));
    }
}
