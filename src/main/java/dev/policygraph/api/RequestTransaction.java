package dev.policygraph.api;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.RequestScoped;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;

/**
 * The read transaction of one request: every resolver of a GraphQL request reads through it, so a query with a dozen
 * nested fields runs a dozen statements in one transaction instead of opening and committing a dozen. Opened at the
 * first read, with the bookmarks of the driver's executable queries (a read after an ingest sees the ingest), and
 * rolled back when the request ends: it never writes. Resolvers of one request may run on several threads, so the
 * statements take turns.
 */
@RequestScoped
class RequestTransaction {

    /** Transactions opened so far, all requests: lets a test prove a request reads in one. */
    static final AtomicLong OPENED = new AtomicLong();

    private final Driver driver;
    private final ReentrantLock lock = new ReentrantLock();
    private Session session;
    private Transaction tx;

    RequestTransaction(Driver driver) {
        this.driver = driver;
    }

    List<Record> run(String cypher, Map<String, Object> params) {
        lock.lock();
        try {
            if (tx == null) {
                session = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ)
                        .withBookmarkManager(driver.executableQueryBookmarkManager()).build());
                tx = session.beginTransaction();
                OPENED.incrementAndGet();
            }
            try {
                return tx.run(cypher, params).list();
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
        } catch (RuntimeException ignored) {
            // the database went away mid-request: the read has failed already, nothing to undo
        } finally {
            tx = null;
            if (session != null) {
                try {
                    session.close();
                } catch (RuntimeException ignored) {
                    // as above
                }
                session = null;
            }
            lock.unlock();
        }
    }
}
