package dev.policygraph.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("InitiativeWhere")
@Description("Initiatives whose name contains name_CONTAINS, in either script.")
public record InitiativeWhere(String name_CONTAINS) {
}
