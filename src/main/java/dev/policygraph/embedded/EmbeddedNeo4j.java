package dev.policygraph.embedded;

import java.net.URI;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.neo4j.graphdb.GraphDatabaseService;

import dev.policygraph.config.PolicygraphConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * The Neo4j that runs inside the service's own JVM, so that nothing needs installing. The service reaches it
 * in-process; it opens a network port only when an operator asks for one.
 * <p>
 * It starts in the first {@link StartupEvent} observer, before anything queries. Being in-process, it cannot
 * outlive the service and leave an orphan holding the store.
 */
@ApplicationScoped
public class EmbeddedNeo4j {

    private static final Logger LOG = Logger.getLogger(EmbeddedNeo4j.class);

    private final PolicygraphConfig.Embedded config;
    private final URI driverUri;
    private volatile EmbeddedDatabase service;

    EmbeddedNeo4j(PolicygraphConfig config, @ConfigProperty(name = "quarkus.neo4j.uri") URI driverUri) {
        this.config = config.embedded();
        this.driverUri = driverUri;
    }

    void start(@Observes @Priority(1) StartupEvent event) {
        if (!shouldStart()) {
            LOG.infof("Using the Neo4j at %s; the embedded database stays off", driverUri);
            return;
        }
        Optional<EmbeddedDatabase.BoltAccess> bolt = config.boltEnabled()
                ? Optional.of(new EmbeddedDatabase.BoltAccess(config.boltAddress(), config.boltPort(),
                        config.boltPassword().orElse(null)))
                : Optional.empty();
        service = EmbeddedDatabase.start(config.dataDir(), bolt, config.pageCache());
    }

    void stop(@Observes ShutdownEvent event) {
        var running = service;
        if (running != null) {
            service = null;
            running.stop();
        }
    }

    public boolean isRunning() {
        return service != null;
    }

    /** The running database, for in-process transactions; empty when the service uses another Neo4j. */
    public Optional<GraphDatabaseService> database() {
        var running = service;
        return running == null ? Optional.empty() : Optional.of(running.database());
    }

    /** Embedded runs only when enabled and the driver points at its own address (the default). */
    boolean shouldStart() {
        if (!config.enabled()) {
            return false;
        }
        boolean loopback = "localhost".equals(driverUri.getHost())
                || driverUri.getHost().equals(config.boltAddress())
                || driverUri.getHost().startsWith("127.");
        return loopback && driverUri.getPort() == config.boltPort();
    }
}
