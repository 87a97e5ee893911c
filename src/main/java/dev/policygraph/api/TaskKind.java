package dev.policygraph.api;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("TaskKind")
@Description("What a task item is: TASK (要以…为重点), REQUIREMENT (一是要…), ACHIEVEMENT (成绩 reviewed), ACTION (a step under a"
        + " task). ALL, where a kind is asked for, means every kind.")
public enum TaskKind {
    TASK, REQUIREMENT, ACHIEVEMENT, ACTION, ALL;

    /** The stored kinds this selects; null for every kind. */
    List<String> stored() {
        return this == ALL ? null : List.of(name());
    }
}
