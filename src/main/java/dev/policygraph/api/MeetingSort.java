package dev.policygraph.api;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/** One sort key of a meeting list; a list of them sorts by each in turn, ties by id so pages stay stable. */
@Input("MeetingSort")
@Description("One sort key: set exactly one field. Undated meetings come last either way.")
public record MeetingSort(SortDirection date, SortDirection name) {

    /** The ORDER BY for these keys; the default is newest first. */
    static String orderBy(List<MeetingSort> sort) {
        return Sorts.orderBy(sort, "n.date IS NULL, n.date DESC, n.id", "MeetingSort (date or name)",
                s -> (s.date == null) == (s.name == null) ? null
                        : s.date != null ? "n.date IS NULL, n.date " + s.date.name() : Sorts.by("n.simplifiedName", s.name));
    }
}
