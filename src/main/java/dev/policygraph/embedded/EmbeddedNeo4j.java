package dev.policygraph.embedded;

import java.net.URI;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import dev.policygraph.config.PolicygraphConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * The Neo4j that runs inside the service's own JVM, so that nothing needs installing.
 * <p>
 * It starts in the first {@link StartupEvent} observer, before anything queries: the quarkus-neo4j driver is built
 * at start but connects on first use, so {@code quarkus.neo4j.uri} can name this Bolt port. Being in-process, it
 * cannot outlive the service and leave an orphan holding the port.
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
        service = EmbeddedDatabase.start(config.dataDir(), config.boltAddress(), config.boltPort(), config.pageCache());
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

    /** Embedded runs only when enabled and the driver points at its own address. */
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
