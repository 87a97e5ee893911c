package dev.policygraph.api;

import java.util.Map;
import java.util.function.Function;

/**
 * A field that leads from a node to others, defined once as the body of a Cypher {@code COLLECT} subquery. The same
 * body serves a whole statement built from a request's selection set ({@link Subtree}) and the batch query of the
 * field's resolver ({@link Nested}), so the two cannot drift apart. In the body, {@code {parent}} is the variable of
 * the node the field is on, {@code {it}} the variable of each node it leads to, {@code {projection}} that node's map
 * projection (with its own nested fields) and {@code {args}} the field's parameter map. The tokens stand for variable
 * names the builder picks, never for values.
 *
 * @param owner      the GraphQL type (and node label) the field is on
 * @param childType  the type of the nodes it leads to, or null for values built in the body (a title, a participation)
 * @param single     whether it answers one value (the first row) rather than a list
 * @param parameters the field's arguments as the body's {@code {args}} map; arguments missing are null
 */
record NestedField(String owner, String name, String childType, boolean single, String body,
        Function<Map<String, Object>, Map<String, Object>> parameters) {

    static NestedField list(String owner, String name, String childType, String body) {
        return new NestedField(owner, name, childType, false, body, args -> Map.of());
    }

    static NestedField single(String owner, String name, String childType, String body) {
        return new NestedField(owner, name, childType, true, body, args -> Map.of());
    }

    NestedField withParameters(Function<Map<String, Object>, Map<String, Object>> parameters) {
        return new NestedField(owner, name, childType, single, body, parameters);
    }

    /** The field's value for the node bound to {@code parent}, as a Cypher expression. */
    String expression(String parent, String it, String projection, String args) {
        String query = body.replace("{parent}", parent).replace("{it}", it).replace("{projection}", projection)
                .replace("{args}", args);
        return single ? "head(COLLECT { " + query + " })" : "COLLECT { " + query + " }";
    }
}
