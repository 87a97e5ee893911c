package dev.policygraph.api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.smallrye.graphql.api.Nullable;

import dev.policygraph.api.Connections.DirectiveConnection;

@GraphQLApi
public class DirectiveApi {

    private static final String MATCH = """
            MATCH (n:Directive)
            WHERE ($search IS NULL OR n.searchText CONTAINS $search)
              AND ($text IS NULL OR n.searchText CONTAINS $text)""";

    static final NestedField ISSUED_BY = NestedField.list("Directive", "issuedBy", null, """
            MATCH ({parent})<-[:ISSUED]-(x)
            WITH x ORDER BY x.key
            RETURN {id: x.id, name: x.name, simplifiedName: x.simplifiedName,
                    kind: CASE WHEN x:Official THEN 'OFFICIAL' ELSE 'ORGANIZATION' END}""");

    static final NestedField IMPLEMENTED_BY = NestedField.list("Directive", "implementedBy", "Meeting", """
            MATCH ({parent})<-[:IMPLEMENTS]-({it}:Meeting)
            WITH {it} ORDER BY {it}.date, {it}.id RETURN {it}{projection}""");

    static final List<NestedField> NESTED = List.of(ISSUED_BY, IMPLEMENTED_BY);

    private final Nested nested;
    private final Listing listing;

    DirectiveApi(Nested nested, Listing listing) {
        this.nested = nested;
        this.listing = listing;
    }

    @Query
    @Description("Directives by text in either script (search or where.text_CONTAINS), sorted by text.")
    public DirectiveConnection directives(String search, DirectiveWhere where, @Nullable List<@NonNull DirectiveSort> sort, Integer first,
            String after) {
        var filters = new HashMap<String, Object>();
        filters.put("search", listing.search(search));
        filters.put("text", where == null ? null : listing.search("where.text_CONTAINS", where.text_CONTAINS()));
        var r = listing.run(MATCH, DirectiveSort.orderBy(sort), "Directive", filters, first, after,
                Directive::of);
        return DirectiveConnection.of(r);
    }

    @Query
    public Directive directive(@Id String id) {
        return nested.one("Directive", "MATCH (n:Directive {id: $id})", Map.of("id", id), Directive::of);
    }

    @Description("Who issued it: officials (習近平) or bodies (黨中央, 國務院)")
    public List<List<Issuer>> issuedBy(@Source List<Directive> directives) {
        return nested.list(ISSUED_BY, ids(directives), Issuer::of);
    }

    @Description("Meetings that implement it, oldest first")
    public List<List<Meeting>> implementedBy(@Source List<Directive> directives) {
        return nested.list(IMPLEMENTED_BY, ids(directives), Meeting::of);
    }

    private static List<String> ids(List<Directive> directives) {
        return directives.stream().map(Directive::id).toList();
    }
}
