package dev.policygraph.api;

import java.util.Locale;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("NodeKind")
@Description("The type of a node: fetch it by id with the query of that name (MEETING → meeting(id)).")
public enum NodeKind {
    MEETING, OFFICIAL, ORGANIZATION, DIRECTIVE, TASK, INITIATIVE, ARTICLE;

    /** The node's label as stored (Meeting) to its kind. */
    static NodeKind ofLabel(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }
}
