package dev.policygraph.graph.store;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;

/**
 * Where Cypher runs: the embedded database inside this JVM ({@link InProcessStore}), or a Neo4j server over Bolt
 * ({@link BoltStore}). Callers write the same Cypher with the same parameters and read the same driver
 * {@link Record}s either way.
 * <p>
 * {@link #read} and {@link #write} run their work in one transaction and run it again on a transient failure
 * (a deadlock, a leader switch), so the work must not have effects outside the transaction.
 */
public interface GraphStore {

    /** Work done inside one transaction. */
    @FunctionalInterface
    interface Work<T> {
        T in(Tx tx);
    }

    <T> T read(Work<T> work);

    <T> T write(Work<T> work);

    /**
     * A read transaction kept open for several statements (one API request), ended by {@link ReadTransaction#close()}
     * (it never commits). After {@code timeout} the database ends it and the next statement fails with
     * {@link StoreTimeoutException}.
     */
    ReadTransaction beginRead(Duration timeout);

    /** One read statement in a transaction of its own. */
    default List<Record> query(String cypher, Map<String, ?> parameters) {
        return read(tx -> tx.run(cypher, parameters));
    }

    /** One write statement in a transaction of its own. */
    default List<Record> execute(String cypher, Map<String, ?> parameters) {
        return write(tx -> tx.run(cypher, parameters));
    }

    default List<Record> execute(String cypher) {
        return execute(cypher, Map.of());
    }

    /** Statements inside a transaction. Results are read fully before the next statement. */
    interface Tx {
        List<Record> run(String cypher, Map<String, ?> parameters);

        default List<Record> run(String cypher) {
            return run(cypher, Map.of());
        }
    }

    /** An open read transaction; closing it rolls back. */
    interface ReadTransaction extends Tx, AutoCloseable {
        @Override
        void close();
    }
}
