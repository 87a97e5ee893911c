package dev.policygraph.api;

import java.util.List;

import org.eclipse.microprofile.graphql.Input;

/** One sort key of a task list: text (simplified script) or kind (task, requirement, achievement, action). */
@Input("TaskSort")
public record TaskSort(SortDirection text, SortDirection kind) {

    static String orderBy(List<TaskSort> sort) {
        return Sorts.orderBy(sort, "n.key", "TaskSort (text or kind)",
                s -> (s.text == null) == (s.kind == null) ? null
                        : s.text != null ? Sorts.by("n.searchText", s.text) : Sorts.by("""
                                CASE n.kind WHEN 'TASK' THEN 0 WHEN 'REQUIREMENT' THEN 1 WHEN 'ACHIEVEMENT' THEN 2
                                ELSE 3 END""", s.kind));
    }
}
