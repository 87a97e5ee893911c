package dev.policygraph.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.neo4j.driver.Value;

import graphql.schema.SelectedField;

/**
 * The nested fields a request selects below one node, planned so that a single statement fetches them all: each
 * becomes an entry of the node's map projection ({@code COLLECT} subqueries, nested as deep as the selection goes),
 * and the answer is handed to the resolvers through {@link PrefetchCache} instead of another query per field. A node
 * reads only the properties selected on it (and its id). Fields without a {@link NestedField} definition (scalars,
 * or values built in Java) are left to their resolvers.
 */
final class Subtree {

    /**
     * One selected nested field: its definition, its arguments as parameters, its entry, what it selects in turn, and
     * the signatures its value answers (the merged selection's and each alias's own).
     */
    record Planned(NestedField field, Map<String, Object> parameters, String entry, Subtree child, Set<String> answers) {
    }

    private final String type;
    private final List<Planned> fields;
    /** The names selected on the node, or null when not known (every property is read). */
    private final Set<String> selected;
    /** Read every property whatever is selected: for a fetch that serves aliases it cannot see. */
    private final boolean everyProperty;

    private Subtree(String type, List<Planned> fields, Set<String> selected, boolean everyProperty) {
        this.type = type;
        this.fields = fields;
        this.selected = selected;
        this.everyProperty = everyProperty;
    }

    /** The same plan reading every property of its own nodes (nested fields as planned). */
    Subtree withEveryProperty() {
        return new Subtree(type, fields, selected, true);
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
            return new Subtree(type, List.of(), null, false);
        }
        // Aliases of one field with the same arguments are one value: what they select below is merged.
        var groups = new LinkedHashMap<String, List<SelectedField>>();
        var parametersOf = new HashMap<String, Map<String, Object>>();
        for (SelectedField f : selected) {
            NestedField field = NestedFields.of(type, f.getName());
            if (field == null || !f.getObjectTypeNames().contains(type)) {
                continue;
            }
            var parameters = field.parameters().apply(new HashMap<>(f.getArguments()));
            String key = f.getName() + parameters;
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
            parametersOf.put(key, parameters);
        }
        var planned = new ArrayList<Planned>();
        groups.forEach((key, same) -> {
            NestedField field = NestedFields.of(type, same.get(0).getName());
            Subtree child = null;
            var answers = new java.util.HashSet<String>();
            if (field.childType() != null) {
                var below = new ArrayList<SelectedField>();
                same.forEach(f -> below.addAll(f.getSelectionSet().getImmediateFields()));
                child = of(field.childType(), below, entries);
                answers.add(child.signature());
                if (same.size() > 1) {
                    same.forEach(f -> answers.add(of(field.childType(), f.getSelectionSet().getImmediateFields(),
                            new int[1]).signature()));
                }
            } else {
                answers.add("");
            }
            planned.add(new Planned(field, parametersOf.get(key), "nested" + ++entries[0], child, Set.copyOf(answers)));
        });
        var names = new TreeSet<String>();
        selected.forEach(f -> names.add(f.getName()));
        return new Subtree(type, List.copyOf(planned), names, false);
    }

    /**
     * What this plan reads, as text: two plans with the same signature fetch the same properties and nested fields,
     * so a value one of them fetched answers the other.
     */
    String signature() {
        if (selected == null) {
            return "*";
        }
        var out = new StringBuilder(String.join(",", selected));
        for (Planned p : fields) {
            out.append(';').append(p.field().name()).append(p.parameters());
            if (p.child() != null) {
                out.append('{').append(p.child().signature()).append('}');
            }
        }
        return out.toString();
    }

    /**
     * The map projection of the node bound to {@code variable}: its own properties and one entry per planned field.
     * Parameters of fields with arguments are added to {@code params}; {@code names} numbers the variables.
     */
    String projection(String variable, Map<String, Object> params, int[] names) {
        String own = NestedFields.projection(type, everyProperty ? null : selected);
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
            for (String read : p.answers()) {
                cache.put(p.field(), id, p.parameters(), read, value);
            }
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
