package dev.policygraph.api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import dev.policygraph.config.PolicygraphConfig;

/**
 * Runs a list query as a count plus a page. {@code match} binds {@code n} and filters with parameters only; it is a
 * constant of the calling query, never built from input.
 */
@ApplicationScoped
class Listing {

    record Result<T>(int total, int skip, List<T> items, PageInfo pageInfo) {
    }

    private final Reads reads;
    private final Nested nested;
    private final PolicygraphConfig.Api config;

    Listing(Reads reads, Nested nested, PolicygraphConfig config) {
        this.reads = reads;
        this.nested = nested;
        this.config = config.api();
    }

    /** The {@code search} argument of a list query, normalised and bounded. */
    String search(String text) {
        return search("search", text);
    }

    String search(String argument, String text) {
        return Search.normalise(argument, text, config.maxSearchChars());
    }

    /** A page of nodes of {@code type} (its label), each with what the request selects below it ({@link Nested}). */
    <T> Result<T> run(String match, String orderBy, String type, Map<String, Object> filters, Integer first,
            String after, Function<org.neo4j.driver.Value, T> mapper) {
        Page page = Page.of(first, after, config);
        int total = reads.count(match + "\nRETURN count(n) AS total", filters);
        var params = new HashMap<>(filters);
        params.put("skip", page.skip());
        params.put("limit", page.limit());
        List<T> items = page.limit() == 0 ? List.of()
                : nested.nodes(type, match + "\nWITH n ORDER BY " + orderBy + "\nSKIP $skip LIMIT $limit\nRETURN n{projection} AS item",
                        params, nested.selectedItems(), mapper);
        return new Result<>(total, page.skip(), items, page.info(items, total));
    }
}
