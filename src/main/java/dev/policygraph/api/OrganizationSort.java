package dev.policygraph.api;

import java.util.List;

import org.eclipse.microprofile.graphql.Input;

/** One sort key of a list of bodies: name (simplified script) or level (central first when ascending). */
@Input("OrganizationSort")
public record OrganizationSort(SortDirection name, SortDirection level) {

    static String orderBy(List<OrganizationSort> sort) {
        return Sorts.orderBy(sort, "n.simplifiedName, n.id", "OrganizationSort (name or level)",
                s -> (s.name == null) == (s.level == null) ? null
                        : s.name != null ? Sorts.by("n.simplifiedName", s.name)
                        : Sorts.by("""
                                CASE n.level WHEN 'CENTRAL' THEN 0 WHEN 'MINISTRY' THEN 1 WHEN 'PROVINCIAL' THEN 2
                                WHEN 'MUNICIPAL' THEN 3 WHEN 'COUNTY' THEN 4 ELSE 5 END""", s.level));
    }
}
