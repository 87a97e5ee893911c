package dev.policygraph.schema;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import dev.policygraph.cascade.PendingRelays;
import dev.policygraph.cascade.RelayLinker;
import dev.policygraph.config.PolicygraphConfig;
import dev.policygraph.schema.MigrationRunner;
import dev.policygraph.graph.store.GraphStore;
import dev.policygraph.graph.store.StoreUnavailableException;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Brings the schema up to date right after the database is reachable, before seeding or serving, and links the
 * relays a bulk run left held ({@link PendingRelays}). When the
 * database is unreachable at start, the service starts anyway (queries answer {@code database-unavailable},
 * readiness is DOWN) and the migrations are retried every {@code policygraph.schema.retry-interval} until they
 * apply.
 */
@ApplicationScoped
class SchemaStartup {

    private static final Logger LOG = Logger.getLogger(SchemaStartup.class);

    private volatile ScheduledExecutorService retries;
    private volatile boolean upToDate;

    void migrate(@Observes @Priority(10) StartupEvent event, GraphStore store, PolicygraphConfig config,
            RelayLinker linker) {
        if (tryMigrate(store, linker)) {
            return;
        }
        long every = Math.max(1, config.schema().retryInterval().toMillis());
        retries = Executors.newSingleThreadScheduledExecutor(r -> {
            var thread = new Thread(r, "schema-migration-retry");
            thread.setDaemon(true);
            return thread;
        });
        retries.scheduleWithFixedDelay(() -> {
            if (tryMigrate(store, linker)) {
                retries.shutdown();
            }
        }, every, every, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        var running = retries;
        if (running != null) {
            running.shutdownNow();
        }
    }

    /** Whether the migrations have been applied since this service started. */
    boolean isUpToDate() {
        return upToDate;
    }

    private boolean tryMigrate(GraphStore store, RelayLinker linker) {
        long began = System.nanoTime();
        try {
            var applied = new MigrationRunner(store, linker).migrate();
            LOG.infof("Schema up to date (%d migrations applied) in %d ms", applied.size(),
                    (System.nanoTime() - began) / 1_000_000);
            var pending = new PendingRelays(linker);
            if (pending.any(store)) {
                // a bulk run stopped between writing its articles and linking their relays
                var links = pending.linkAll(store);
                LOG.infof("Linked the relays a stopped bulk run held: %d to reported meetings, %d to placeholders",
                        links.toReported(), links.toPlaceholders());
            }
            upToDate = true;
            return true;
        } catch (StoreUnavailableException e) {
            LOG.warnf("Database unavailable, schema migrations postponed (%s); retrying in the background",
                    e.getMessage());
            return false;
        } catch (RuntimeException e) {
            if (retries == null) {
                throw e; // a broken migration at start is a bug: fail loudly
            }
            LOG.errorf(e, "Schema migration retry failed");
            return false;
        }
    }
}
