package dev.policygraph.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.neo4j.driver.Value;

@Description("A task a meeting set (要以<focus>為重點,<goal>), a requirement, a reviewed achievement, or one action of those.")
public record Task(@Id @NonNull String id,
        @Description("TASK, REQUIREMENT, ACHIEVEMENT or ACTION") @NonNull TaskKind kind,
        @Description("Order within its kind, from 1") Integer n,
        String focus, String goal, String text) {

    static final String PROJECTION = "{.id, .kind, .n, .focus, .goal, .text}";

    static Task of(Value v) {
        return new Task(Values.string(v, "id"), Values.enumValue(v, "kind", TaskKind.class, TaskKind.TASK), Values.integer(v, "n"),
                Values.string(v, "focus"), Values.string(v, "goal"), Values.string(v, "text"));
    }
}
