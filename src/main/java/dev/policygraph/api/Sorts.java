package dev.policygraph.api;

import java.util.List;
import java.util.function.Function;

/** ORDER BY clauses from sort inputs: fixed fragments chosen by enum, ties broken by id so pages stay stable. */
final class Sorts {

    private Sorts() {
    }

    /**
     * @param key the fragment of one sort input, or null when it does not set exactly one field
     */
    static <S> String orderBy(List<S> sort, String byDefault, String type, Function<S, String> key) {
        if (sort == null || sort.isEmpty()) {
            return byDefault;
        }
        var keys = new StringBuilder();
        for (S s : sort) {
            String fragment = s == null ? null : key.apply(s);
            if (fragment == null) {
                throw new InvalidArgumentException("sort: each " + type + " sets exactly one field");
            }
            keys.append(fragment).append(", ");
        }
        return keys.append("n.id").toString();
    }

    /** One property in one direction, or null when the field is not set. */
    static String by(String property, SortDirection direction) {
        return direction == null ? null : property + " " + direction.name();
    }
}
