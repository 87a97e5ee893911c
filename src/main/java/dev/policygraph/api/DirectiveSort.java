package dev.policygraph.api;

import java.util.List;

import org.eclipse.microprofile.graphql.Input;

@Input("DirectiveSort")
public record DirectiveSort(SortDirection text) {

    static String orderBy(List<DirectiveSort> sort) {
        return Sorts.orderBy(sort, "n.simplifiedText, n.id", "DirectiveSort", s -> Sorts.by("n.simplifiedText", s.text));
    }
}
