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

    private static final String BY_ID = "MATCH (n:Directive {id: $id}) RETURN n " + Directive.PROJECTION + " AS item";

    private static final String ISSUED_BY = """
            UNWIND $ids AS id MATCH (d:Directive {id: id})<-[:ISSUED]-(x)
            WITH id, x ORDER BY x.key
            RETURN id, collect({id: x.id, name: x.name, simplifiedName: x.simplifiedName,
                                kind: CASE WHEN x:Official THEN 'OFFICIAL' ELSE 'ORGANIZATION' END}) AS items""";

    private static final String IMPLEMENTED_BY = """
            UNWIND $ids AS id MATCH (d:Directive {id: id})<-[:IMPLEMENTS]-(m:Meeting)
            WITH id, m ORDER BY m.date, m.id
            RETURN id, collect(m""" + Meeting.PROJECTION + ") AS items";

    private final Reads reads;
    private final Listing listing;

    DirectiveApi(Reads reads, Listing listing) {
        this.reads = reads;
        this.listing = listing;
    }

    @Query
    @Description("Directives by text in either script (search or where.text_CONTAINS), sorted by text.")
    public DirectiveConnection directives(String search, DirectiveWhere where, @Nullable List<@NonNull DirectiveSort> sort, Integer first,
            String after) {
        var filters = new HashMap<String, Object>();
        filters.put("search", listing.search(search));
        filters.put("text", where == null ? null : listing.search("where.text_CONTAINS", where.text_CONTAINS()));
        var r = listing.run(MATCH, DirectiveSort.orderBy(sort), Directive.PROJECTION, filters, first, after,
                Directive::of);
        return DirectiveConnection.of(r);
    }

    @Query
    public Directive directive(@Id String id) {
        return reads.one(BY_ID, Map.of("id", id), Directive::of);
    }

    @Description("Who issued it: officials (習近平) or bodies (黨中央, 國務院)")
    public List<List<Issuer>> issuedBy(@Source List<Directive> directives) {
        return reads.grouped(ISSUED_BY, ids(directives), Issuer::of);
    }

    @Description("Meetings that implement it, oldest first")
    public List<List<Meeting>> implementedBy(@Source List<Directive> directives) {
        return reads.grouped(IMPLEMENTED_BY, ids(directives), Meeting::of);
    }

    private static List<String> ids(List<Directive> directives) {
        return directives.stream().map(Directive::id).toList();
    }
}
