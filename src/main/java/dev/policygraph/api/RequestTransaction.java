package dev.policygraph.api;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.RequestScoped;

import org.neo4j.driver.Record;

import dev.policygraph.config.PolicygraphConfig;
import dev.policygraph.graph.store.GraphStore;

/**
 * The read transaction of one request: every resolver of a GraphQL request reads through it, so a query with a dozen
 * nested fields runs a dozen statements in one transaction instead of opening and committing a dozen. Opened at the
 * first read with the request's time budget ({@code policygraph.api.read-timeout}), and rolled back when the request
 * ends: it never writes. Resolvers of one request may run on several threads, so the statements take turns.
 */
@RequestScoped
class RequestTransaction {

    /** Transactions opened so far, all requests: lets a test prove a request reads in one. */
    static final AtomicLong OPENED = new AtomicLong();

    private final GraphStore store;
    private final PolicygraphConfig.Api config;
    private final ReentrantLock lock = new ReentrantLock();
    private GraphStore.ReadTransaction tx;

    RequestTransaction(GraphStore store, PolicygraphConfig config) {
        this.store = store;
        this.config = config.api();
    }

    List<Record> run(String cypher, Map<String, ?> params) {
        lock.lock();
        try {
            if (tx == null) {
                tx = store.beginRead(config.readTimeout());
                OPENED.incrementAndGet();
            }
            try {
                return tx.run(cypher, params);
            } catch (RuntimeException e) {
                close(); // a failed statement ends the transaction; the next read opens another
                throw e;
            }
        } finally {
            lock.unlock();
        }
    }

    @PreDestroy
    void close() {
        lock.lock();
        try {
            if (tx != null) {
                tx.close();
            }
        } finally {
            tx = null;
            lock.unlock();
        }
    }
}
