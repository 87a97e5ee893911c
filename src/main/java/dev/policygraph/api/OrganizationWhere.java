package dev.policygraph.api;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("OrganizationWhere")
@Description("Bodies whose fields all match: id, name_CONTAINS in either script, level.")
public record OrganizationWhere(@Id String id, String name_CONTAINS, OrganizationLevel level) {

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
