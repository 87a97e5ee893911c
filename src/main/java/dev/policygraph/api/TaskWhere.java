package dev.policygraph.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("TaskWhere")
@Description("Tasks whose fields all match: text_CONTAINS in either script; kind (ALL for every kind).")
public record TaskWhere(String text_CONTAINS, TaskKind kind) {
}
