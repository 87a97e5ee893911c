package dev.policygraph.api;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.RequestScoped;

import org.neo4j.driver.Value;

/**
 * Nested fields' values a request has already fetched, by field, parent id, arguments and what was read of them (the
 * {@link Subtree#signature()} of the nodes the field leads to). Such a value does not depend on where in the query the
 * node was reached, so any statement of the request may fill it.
 * Resolvers of one request may run on several threads.
 */
@RequestScoped
class PrefetchCache {

    private record Key(String owner, String field, String id, Map<String, Object> parameters, String read) {
    }

    private final Map<Key, Value> values = new ConcurrentHashMap<>();

    void put(NestedField field, String id, Map<String, Object> parameters, String read, Value value) {
        values.put(new Key(field.owner(), field.name(), id, parameters, read), value);
    }

    /** The value fetched, or null when none was. */
    Value get(NestedField field, String id, Map<String, Object> parameters, String read) {
        return values.get(new Key(field.owner(), field.name(), id, parameters, read));
    }
}
