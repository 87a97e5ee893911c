package dev.policygraph.api;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/** One sort key of a meeting list; a list of them sorts by each in turn, ties by id so pages stay stable. */
@Input("MeetingSort")
@Description("One sort key: set exactly one field. Undated meetings come last either way.")
public record MeetingSort(SortDirection date, SortDirection name) {

    /** The ORDER BY for these keys, from fixed fragments only; the default is newest first. */
    static String orderBy(List<MeetingSort> sort) {
        if (sort == null || sort.isEmpty()) {
            return "n.date IS NULL, n.date DESC, n.id";
        }
        var keys = new StringBuilder();
        for (MeetingSort s : sort) {
            if (s == null || (s.date == null) == (s.name == null)) {
                throw new InvalidArgumentException("sort: each MeetingSort sets exactly one field (date or name)");
            }
            keys.append(s.date != null ? "n.date IS NULL, n.date " + s.date.name() : "n.simplifiedName " + s.name.name())
                    .append(", ");
        }
        return keys.append("n.id").toString();
    }
}
