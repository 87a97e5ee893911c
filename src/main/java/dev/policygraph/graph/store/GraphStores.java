package dev.policygraph.graph.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import org.neo4j.driver.Driver;

import dev.policygraph.config.PolicygraphConfig;
import dev.policygraph.embedded.EmbeddedNeo4j;

/** The service's store: in-process when the embedded database runs, else the server {@code quarkus.neo4j.uri} names. */
@ApplicationScoped
class GraphStores {

    /** Resolved at first use, after the embedded database has started (or decided not to). */
    @Produces
    @ApplicationScoped
    GraphStore store(EmbeddedNeo4j embedded, Driver driver, PolicygraphConfig config) {
        return embedded.database().filter(database -> config.embedded().inProcess())
                .<GraphStore>map(InProcessStore::new).orElseGet(() -> new BoltStore(driver));
    }
}
