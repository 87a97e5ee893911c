package dev.policygraph.graph.store;

import java.lang.reflect.Array;
import java.time.Duration;
import java.time.temporal.TemporalAmount;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.neo4j.driver.internal.InternalRecord;
import org.neo4j.graphdb.DatabaseShutdownException;
import org.neo4j.graphdb.Entity;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Path;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.graphdb.Result;
import org.neo4j.graphdb.Transaction;
import org.neo4j.graphdb.TransactionTerminatedException;
import org.neo4j.graphdb.TransientFailureException;
import org.neo4j.values.storable.DurationValue;

/**
 * The embedded database in this JVM, through its own transaction API: no socket, no Bolt serialisation, and no
 * network port anyone else could reach. Rows come back as driver {@link Record}s (nodes and relationships as maps
 * of their properties) so that callers are the same as over Bolt.
 */
public final class InProcessStore implements GraphStore {

    /** How long a transaction that keeps failing transiently (deadlocks under concurrent writes) is retried. */
    private static final long RETRY_NANOS = TimeUnit.SECONDS.toNanos(30);

    private final GraphDatabaseService database;

    public InProcessStore(GraphDatabaseService database) {
        this.database = database;
    }

    @Override
    public <T> T read(Work<T> work) {
        return retried(work, false);
    }

    @Override
    public <T> T write(Work<T> work) {
        return retried(work, true);
    }

    @Override
    public ReadTransaction beginRead(Duration timeout) {
        Transaction tx = translated(() -> database.beginTx(timeout.toMillis(), TimeUnit.MILLISECONDS));
        return new ReadTransaction() {
            @Override
            public List<Record> run(String cypher, Map<String, ?> parameters) {
                return translated(() -> rows(tx, cypher, parameters));
            }

            @Override
            public void close() {
                try {
                    tx.close();
                } catch (RuntimeException ignored) {
                    // terminated (timed out) or the database is stopping: nothing to undo
                }
            }
        };
    }

    private <T> T retried(Work<T> work, boolean commit) {
        long deadline = System.nanoTime() + RETRY_NANOS;
        long pause = 10;
        while (true) {
            try {
                return translated(() -> {
                    try (Transaction tx = database.beginTx()) {
                        T result = work.in((cypher, parameters) -> rows(tx, cypher, parameters));
                        if (commit) {
                            tx.commit();
                        }
                        return result;
                    }
                });
            } catch (RuntimeException e) {
                if (!transient_(e) || System.nanoTime() > deadline) {
                    throw e;
                }
                sleep(pause);
                pause = Math.min(pause * 2, 1_000);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Record> rows(Transaction tx, String cypher, Map<String, ?> parameters) {
        try (Result result = tx.execute(cypher, (Map<String, Object>) parameters)) {
            List<String> columns = result.columns();
            var out = new ArrayList<Record>();
            while (result.hasNext()) {
                Map<String, Object> row = result.next();
                var values = new ArrayList<Value>(columns.size());
                for (String column : columns) {
                    values.add(Values.value(plain(row.get(column))));
                }
                out.add(new InternalRecord(columns, values));
            }
            return out;
        }
    }

    /** An embedded result value as plain Java the driver's {@link Values#value(Object)} understands. */
    static Object plain(Object value) {
        return switch (value) {
            case null -> null;
            case Entity entity -> plainMap(entity.getAllProperties());
            case Path path -> {
                var nodes = new ArrayList<Object>();
                path.nodes().forEach(n -> nodes.add(plain(n)));
                yield nodes;
            }
            case Map<?, ?> map -> plainMap(map);
            case List<?> list -> list.stream().map(InProcessStore::plain).toList();
            case DurationValue d -> Values.isoDuration(d.get(java.time.temporal.ChronoUnit.MONTHS),
                    d.get(java.time.temporal.ChronoUnit.DAYS), d.get(java.time.temporal.ChronoUnit.SECONDS),
                    (int) d.get(java.time.temporal.ChronoUnit.NANOS)).asIsoDuration();
            case TemporalAmount other -> other.toString();
            default -> value.getClass().isArray() ? array(value) : value;
        };
    }

    private static Map<String, Object> plainMap(Map<?, ?> map) {
        var out = new HashMap<String, Object>(map.size() * 2);
        map.forEach((k, v) -> out.put(String.valueOf(k), plain(v)));
        return out;
    }

    private static List<Object> array(Object array) {
        int n = Array.getLength(array);
        var out = new ArrayList<Object>(n);
        for (int i = 0; i < n; i++) {
            out.add(plain(Array.get(array, i)));
        }
        return out;
    }

    private static boolean transient_(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TransientFailureException) {
                return true;
            }
            if (t instanceof QueryExecutionException q && q.getStatusCode() != null
                    && q.getStatusCode().startsWith("Neo.TransientError")) {
                return true;
            }
        }
        return false;
    }

    private static <T> T translated(java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (DatabaseShutdownException e) {
            throw new StoreUnavailableException("the embedded database is shutting down", e);
        } catch (RuntimeException e) {
            if (timedOut(e)) {
                throw new StoreTimeoutException("the transaction ran past its time limit", e);
            }
            throw e;
        }
    }

    private static boolean timedOut(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TransactionTerminatedException terminated
                    && terminated.status().code().serialize().contains("TransactionTimedOut")) {
                return true;
            }
            if (t instanceof QueryExecutionException q && q.getStatusCode() != null
                    && q.getStatusCode().contains("TransactionTimedOut")) {
                return true;
            }
        }
        return false;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying a transaction", e);
        }
    }

}
