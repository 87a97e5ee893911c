package dev.policygraph.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("DirectiveWhere")
@Description("Directives whose text contains text_CONTAINS, in either script.")
public record DirectiveWhere(String text_CONTAINS) {
}
