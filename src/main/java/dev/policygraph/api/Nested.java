package dev.policygraph.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import org.neo4j.driver.Value;

import graphql.language.OperationDefinition;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.SelectedField;

import io.quarkus.arc.Arc;
import io.smallrye.graphql.api.Context;

/**
 * Reads a request's nodes with everything it selects below them in one statement. A root field asks for its nodes
 * here, and the statement carries the whole subtree its selection names ({@link Subtree}); the nested resolvers then
 * find their values in the request's {@link PrefetchCache}. A nested resolver whose values were not fetched ahead (a
 * field without a definition above it, a mutation's answer) runs its own batch statement for all its parents, again
 * with the subtree below it. So a query costs one statement per root field, plus one per field the plan cannot reach.
 */
@ApplicationScoped
class Nested {

    private final Reads reads;
    private final Instance<Context> context;
    private final Instance<PrefetchCache> cache;

    Nested(Reads reads, Instance<Context> context, Instance<PrefetchCache> cache) {
        this.reads = reads;
        this.context = context;
        this.cache = cache;
    }

    /** The node {@code match} binds to {@code n}, or null, with its selected subtree. */
    <T> T one(String type, String match, Map<String, Object> params, Function<Value, T> mapper) {
        var items = nodes(type, match + "\nRETURN n{projection} AS item", params, selected(), mapper);
        return items.isEmpty() ? null : items.get(0);
    }

    /**
     * The nodes of {@code type} a statement returns as {@code item}; its text holds {@code {projection}} where the
     * map projection of {@code n} belongs, and {@code selected} is what the request asks of each node.
     */
    <T> List<T> nodes(String type, String statement, Map<String, Object> params, List<SelectedField> selected,
            Function<Value, T> mapper) {
        var all = new HashMap<>(params);
        Subtree subtree = Subtree.of(type, selected, new int[1]);
        String cypher = statement.replace("{projection}", subtree.projection("n", all, new int[1]));
        var rows = reads.records(cypher, all);
        var out = new ArrayList<T>(rows.size());
        // Outside a query the selection is not known (null), so nothing is planned and nothing is shared.
        PrefetchCache values = subtree.isEmpty() ? null : cache();
        for (var row : rows) {
            Value item = row.get("item");
            if (values != null) {
                subtree.absorb(item, values);
            }
            out.add(mapper.apply(item));
        }
        return out;
    }

    /** A list field's values for each parent, in the parents' order; parents without any get an empty list. */
    <T> List<List<T>> list(NestedField field, List<String> ids, Map<String, Object> args, Function<Value, T> mapper) {
        return values(field, ids, args).stream().map(v -> v == null || v.isNull() ? List.<T>of() : v.asList(mapper::apply))
                .toList();
    }

    <T> List<List<T>> list(NestedField field, List<String> ids, Function<Value, T> mapper) {
        return list(field, ids, Map.of(), mapper);
    }

    /** A single-valued field's value for each parent, null where there is none. */
    <T> List<T> single(NestedField field, List<String> ids, Function<Value, T> mapper) {
        return values(field, ids, Map.of()).stream().map(v -> v == null || v.isNull() ? null : mapper.apply(v)).toList();
    }

    private List<Value> values(NestedField field, List<String> ids, Map<String, Object> args) {
        var parameters = field.parameters().apply(new HashMap<>(args));
        DataFetchingEnvironment env = query();
        PrefetchCache values = env != null ? cache() : new PrefetchCache();
        Subtree child = field.childType() == null ? null
                : Subtree.of(field.childType(), env == null ? null : env.getSelectionSet().getImmediateFields(), new int[1]);
        String read = child == null ? "" : child.signature();
        var missing = ids.stream().filter(id -> values.get(field, id, parameters, read) == null).distinct().toList();
        if (!missing.isEmpty()) {
            fetch(field, parameters, child, read, missing, values);
        }
        var out = new ArrayList<Value>(ids.size());
        ids.forEach(id -> out.add(values.get(field, id, parameters, read)));
        return out;
    }

    /** One batch statement for the parents whose values were not fetched ahead, with the subtree below the field. */
    private void fetch(NestedField field, Map<String, Object> parameters, Subtree child, String read, List<String> ids,
            PrefetchCache values) {
        var params = new HashMap<String, Object>();
        params.put("ids", ids);
        params.put("args", parameters);
        // Every property of the nodes fetched: one batch answers all aliases of the field, whatever each selects.
        String projection = child == null ? "" : child.withEveryProperty().projection("it", params, new int[1]);
        // The field's own definition, as in a statement built from a selection set; the label is the definition's.
        String cypher = "UNWIND $ids AS id MATCH (n:" + field.owner() + " {id: id})\nRETURN id, "
                + field.expression("n", "it", projection, "$args") + " AS item";
        for (var row : reads.records(cypher, params)) {
            Value item = row.get("item");
            values.put(field, row.get("id").asString(), parameters, read, item);
            if (child != null) {
                child.absorbAll(item, field.single(), values);
            }
        }
        ids.forEach(id -> {
            if (values.get(field, id, parameters, read) == null) {
                values.put(field, id, parameters, read, org.neo4j.driver.Values.NULL); // no such parent
            }
        });
    }

    /** What the current field selects; null (not known) outside a GraphQL query. */
    private List<SelectedField> selected() {
        DataFetchingEnvironment env = query();
        return env == null ? null : env.getSelectionSet().getImmediateFields();
    }

    /** What a list field selects of each item, through {@code nodes} and through {@code edges.node}; null: not known. */
    List<SelectedField> selectedItems() {
        DataFetchingEnvironment env = query();
        if (env == null) {
            return null;
        }
        var out = new ArrayList<SelectedField>();
        for (String path : List.of("nodes", "edges/node")) {
            env.getSelectionSet().getFields(path).forEach(f -> out.addAll(f.getSelectionSet().getImmediateFields()));
        }
        return out;
    }

    /**
     * The current field's environment when it belongs to a query. A mutation's answer is read as the store is at
     * that moment, so values are not shared across its fields; work outside a request has no environment.
     */
    private DataFetchingEnvironment query() {
        if (!Arc.container().requestContext().isActive() || !context.isResolvable()) {
            return null;
        }
        DataFetchingEnvironment env = context.get().unwrap(DataFetchingEnvironment.class);
        return env != null && env.getOperationDefinition() != null
                && env.getOperationDefinition().getOperation() == OperationDefinition.Operation.QUERY ? env : null;
    }

    private PrefetchCache cache() {
        return Arc.container().requestContext().isActive() ? cache.get() : new PrefetchCache();
    }
}
