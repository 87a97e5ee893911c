package dev.policygraph.graph.store;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;

/** A Neo4j server (or cluster) over Bolt, through the driver; its managed transactions retry transient failures. */
public final class BoltStore implements GraphStore {

    private final Driver driver;

    public BoltStore(Driver driver) {
        this.driver = driver;
    }

    @Override
    public <T> T read(Work<T> work) {
        return translated(() -> {
            try (Session session = session(AccessMode.READ)) {
                return session.executeRead(tx -> work.in((cypher, parameters) -> tx.run(cypher, params(parameters)).list()));
            }
        });
    }

    @Override
    public <T> T write(Work<T> work) {
        return translated(() -> {
            try (Session session = session(AccessMode.WRITE)) {
                return session.executeWrite(tx -> work.in((cypher, parameters) -> tx.run(cypher, params(parameters)).list()));
            }
        });
    }

    @Override
    public ReadTransaction beginRead(Duration timeout) {
        Session session = translated(() -> session(AccessMode.READ));
        Transaction tx;
        try {
            tx = translated(() -> session.beginTransaction(TransactionConfig.builder().withTimeout(timeout).build()));
        } catch (RuntimeException e) {
            session.close();
            throw e;
        }
        return new ReadTransaction() {
            @Override
            public List<Record> run(String cypher, Map<String, ?> parameters) {
                return translated(() -> tx.run(cypher, params(parameters)).list());
            }

            @Override
            public void close() {
                try {
                    tx.close();
                } catch (RuntimeException ignored) {
                    // the server went away mid-request: the read failed already, nothing to undo
                } finally {
                    session.close();
                }
            }
        };
    }

    private Session session(AccessMode mode) {
        // Reads see earlier writes of this service: sessions share the driver's bookmarks.
        return driver.session(SessionConfig.builder().withDefaultAccessMode(mode)
                .withBookmarkManager(driver.executableQueryBookmarkManager()).build());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> params(Map<String, ?> parameters) {
        return (Map<String, Object>) parameters;
    }

    private static <T> T translated(Supplier<T> call) {
        try {
            return call.get();
        } catch (ServiceUnavailableException | SessionExpiredException e) {
            throw new StoreUnavailableException("Neo4j is unavailable: " + e.getMessage(), e);
        } catch (ClientException e) {
            if (e.code() != null && e.code().startsWith("Neo.ClientError.Transaction.TransactionTimedOut")) {
                throw new StoreTimeoutException("the transaction ran past its time limit", e);
            }
            throw e;
        }
    }
}
