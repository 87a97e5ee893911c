package dev.policygraph.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("OrganizationWhere")
@Description("Bodies whose fields all match: id, name_CONTAINS in either script, level.")
public record OrganizationWhere(@Id String id, String name_CONTAINS, OrganizationLevel level) {
}
