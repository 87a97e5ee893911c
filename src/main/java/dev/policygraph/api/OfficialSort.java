package dev.policygraph.api;

import java.util.List;

import org.eclipse.microprofile.graphql.Input;

@Input("OfficialSort")
public record OfficialSort(SortDirection name) {

    static String orderBy(List<OfficialSort> sort) {
        return Sorts.orderBy(sort, "n.simplifiedName, n.id", "OfficialSort", s -> Sorts.by("n.simplifiedName", s.name));
    }
}
