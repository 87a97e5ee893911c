package dev.policygraph.api;

import java.util.List;

import org.eclipse.microprofile.graphql.Input;

@Input("InitiativeSort")
public record InitiativeSort(SortDirection name) {

    static String orderBy(List<InitiativeSort> sort) {
        return Sorts.orderBy(sort, "n.simplifiedName, n.id", "InitiativeSort", s -> Sorts.by("n.simplifiedName", s.name));
    }
}
