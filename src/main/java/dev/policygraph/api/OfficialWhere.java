package dev.policygraph.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("OfficialWhere")
@Description("Officials whose fields all match: name_CONTAINS in either script; heldTitleAt, a body they held a title at.")
public record OfficialWhere(String name_CONTAINS, OrganizationWhere heldTitleAt) {
}
