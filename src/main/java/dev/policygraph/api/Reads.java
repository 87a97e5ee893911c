package dev.policygraph.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import dev.policygraph.config.PolicygraphConfig;
import dev.policygraph.graph.store.GraphStore;
import dev.policygraph.graph.store.StoreTimeoutException;
import dev.policygraph.graph.store.StoreUnavailableException;

import io.quarkus.arc.Arc;

/**
 * Read-only Cypher for the API, routed to readers. The batch forms answer a whole page of parents with one query:
 * their Cypher takes {@code $ids} and returns one row per parent id. Within a request, all reads share the request's
 * transaction ({@link RequestTransaction}); outside one (start-up, background work) each is a query of its own.
 */
@ApplicationScoped
class Reads {

    private final GraphStore store;
    private final RequestTransaction request;
    private final PolicygraphConfig.Api config;
    /** Queries run so far: lets a test prove that nested fields are batched. */
    private final java.util.concurrent.atomic.AtomicLong queries = new java.util.concurrent.atomic.AtomicLong();

    Reads(GraphStore store, RequestTransaction request, PolicygraphConfig config) {
        this.store = store;
        this.request = request;
        this.config = config.api();
    }

    long queriesRun() {
        return queries.get();
    }

    /** Request transactions opened so far. */
    long requestTransactionsOpened() {
        return RequestTransaction.OPENED.get();
    }

    /** The reads as a transaction, for work below the API that takes one ({@link dev.policygraph.cascade.Trace}). */
    GraphStore.Tx tx() {
        return this::records;
    }

    List<Record> records(String cypher, Map<String, ?> params) {
        queries.incrementAndGet();
        try {
            if (Arc.container().requestContext().isActive()) {
                return request.run(cypher, params);
            }
            try (var tx = store.beginRead(config.readTimeout())) {
                return tx.run(cypher, params);
            }
        } catch (StoreUnavailableException e) {
            throw new DatabaseUnavailableException(e);
        } catch (StoreTimeoutException e) {
            throw new LimitExceededException("The query ran longer than " + config.readTimeout().toMillis()
                    + " ms and was stopped (policygraph.api.read-timeout); ask for less: a smaller first, a smaller"
                    + " maxDepth, or fewer nested fields.");
        }
    }

    /** Rows with a column {@code item}. */
    <T> List<T> list(String cypher, Map<String, Object> params, Function<Value, T> mapper) {
        return records(cypher, params).stream().map(r -> mapper.apply(r.get("item"))).toList();
    }

    <T> T one(String cypher, Map<String, Object> params, Function<Value, T> mapper) {
        var rows = list(cypher, params, mapper);
        return rows.isEmpty() ? null : rows.get(0);
    }

    int count(String cypher, Map<String, Object> params) {
        return records(cypher, params).get(0).get("total").asInt();
    }

    /** For list fields: rows {@code id, items}; parents without a row get an empty list. */
    <T> List<List<T>> grouped(String cypher, List<String> ids, Function<Value, T> mapper) {
        return grouped(cypher, Map.of("ids", ids), ids, mapper);
    }

    /** As {@link #grouped(String, List, Function)}, with more parameters; {@code params} holds {@code ids}. */
    <T> List<List<T>> grouped(String cypher, Map<String, Object> params, List<String> ids, Function<Value, T> mapper) {
        var byId = new HashMap<String, List<T>>();
        var distinct = new HashMap<>(params);
        distinct.put("ids", ids.stream().distinct().toList()); // a parent reached twice must not collect twice
        for (Record r : records(cypher, distinct)) {
            byId.put(r.get("id").asString(), r.get("items").asList(mapper::apply));
        }
        var out = new ArrayList<List<T>>(ids.size());
        ids.forEach(id -> out.add(byId.getOrDefault(id, List.of())));
        return out;
    }

    /** For single-valued fields: rows {@code id, item}; parents without a row get null. */
    <T> List<T> single(String cypher, List<String> ids, Function<Value, T> mapper) {
        var byId = new HashMap<String, T>();
        for (Record r : records(cypher, Map.of("ids", ids.stream().distinct().toList()))) {
            byId.put(r.get("id").asString(), r.get("item").isNull() ? null : mapper.apply(r.get("item")));
        }
        var out = new ArrayList<T>(ids.size());
        ids.forEach(id -> out.add(byId.get(id)));
        return out;
    }
}
