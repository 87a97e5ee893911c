package dev.policygraph.api;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("OrganizationWhere")
@Description("Bodies whose fields all match: id, name_CONTAINS in either script, level.")
public record OrganizationWhere(@Id String id, String name_CONTAINS, OrganizationLevel level) {

    /** Body {@code node} matches the filter in parameter {@code $param}: a Cypher predicate of variable names only. */
    static String predicate(String node, String param) {
        return """
                ({param}.id IS NULL OR {node}.id = {param}.id)
                  AND ({param}.name IS NULL OR {node}.searchText CONTAINS {param}.name)
                  AND ({param}.level IS NULL OR {node}.level = {param}.level)"""
                .replace("{node}", node).replace("{param}", "$" + param);
    }

    /** The parameter map the list statements read as {@code $x.id}, {@code $x.name}, {@code $x.level}; null for none. */
    static Map<String, Object> parameters(OrganizationWhere where, Listing listing, String path) {
        if (where == null) {
            return null;
        }
        var p = new HashMap<String, Object>();
        p.put("id", where.id());
        p.put("name", listing.search(path + ".name_CONTAINS", where.name_CONTAINS()));
        p.put("level", OrganizationLevel.stored(where.level()));
        return p;
    }
}
