package dev.policygraph.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Value;

import graphql.schema.SelectedField;

/**
 * The nested fields a request selects below one node, planned so that a single statement fetches them all: each
 * becomes an entry of the node's map projection ({@code COLLECT} subqueries, nested as deep as the selection goes),
 * and the answer is handed to the resolvers through {@link PrefetchCache} instead of another query per field.
 * Fields without a {@link NestedField} definition (scalars, or values built in Java) are left to their resolvers.
 */
final class Subtree {

    /** One selected nested field: its definition, its arguments as parameters, its entry and what it selects in turn. */
    record Planned(NestedField field, Map<String, Object> parameters, String entry, Subtree child) {
    }

    private final String type;
    private final List<Planned> fields;
    /** The names selected on the node, or null when not known (all its properties are read). */
    private final java.util.Set<String> selected;

    private Subtree(String type, List<Planned> fields, java.util.Set<String> selected) {
        this.type = type;
        this.fields = fields;
        this.selected = selected;
    }

    String type() {
        return type;
    }

    boolean isEmpty() {
        return fields.isEmpty();
    }

    /**
     * Plans what {@code selected} asks of nodes of {@code type} (null: not known, so nothing nested and every
     * property); {@code entries} numbers the projection entries.
     */
    static Subtree of(String type, List<SelectedField> selected, int[] entries) {
        if (selected == null) {
            return new Subtree(type, List.of(), null);
        }
        var planned = new LinkedHashMap<String, Planned>();
        for (SelectedField f : selected) {
            NestedField field = NestedFields.of(type, f.getName());
            if (field == null || !f.getObjectTypeNames().contains(type)) {
                continue;
            }
            var parameters = field.parameters().apply(new java.util.HashMap<>(f.getArguments()));
            String key = f.getName() + parameters; // an alias with the same arguments is the same value
            if (planned.containsKey(key)) {
                continue;
            }
            Subtree child = field.childType() == null ? null
                    : of(field.childType(), f.getSelectionSet().getImmediateFields(), entries);
            planned.put(key, new Planned(field, parameters, "nested" + ++entries[0], child));
        }
        var names = new java.util.HashSet<String>();
        selected.forEach(f -> names.add(f.getName()));
        return new Subtree(type, List.copyOf(planned.values()), names);
    }

    /**
     * The map projection of the node bound to {@code variable}: its own properties and one entry per planned field.
     * Parameters of fields with arguments are added to {@code params}; {@code names} numbers the variables.
     */
    String projection(String variable, Map<String, Object> params, int[] names) {
        String own = NestedFields.projection(type, selected);
        if (fields.isEmpty()) {
            return own;
        }
        var out = new StringBuilder(own.substring(0, own.length() - 1));
        for (Planned p : fields) {
            String it = "v" + ++names[0];
            String args = "$" + p.entry();
            if (!p.parameters().isEmpty()) {
                params.put(p.entry(), p.parameters());
            }
            String childProjection = p.child() == null ? "" : p.child().projection(it, params, names);
            out.append(", ").append(p.entry()).append(": ").append(p.field().expression(variable, it, childProjection, args));
        }
        return out.append('}').toString();
    }

    /** Hands each planned field's value in {@code node} (a map this subtree projected) to {@code cache}. */
    void absorb(Value node, PrefetchCache cache) {
        if (fields.isEmpty() || node == null || node.isNull()) {
            return;
        }
        String id = node.get("id").asString();
        for (Planned p : fields) {
            Value value = node.get(p.entry());
            cache.put(p.field(), id, p.parameters(), value);
            if (p.child() != null) {
                p.child().absorbAll(value, p.field().single(), cache);
            }
        }
    }

    /** As {@link #absorb}, for a field's value: one node or a list of them. */
    void absorbAll(Value value, boolean single, PrefetchCache cache) {
        if (value == null || value.isNull()) {
            return;
        }
        if (single) {
            absorb(value, cache);
        } else {
            value.values().forEach(v -> absorb(v, cache));
        }
    }
}
