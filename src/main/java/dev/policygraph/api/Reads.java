package dev.policygraph.api;

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
 * Read-only Cypher for the API, routed to readers. Within a request, all reads share the request's
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

    int count(String cypher, Map<String, Object> params) {
        return records(cypher, params).get(0).get("total").asInt();
    }
}
