package dev.policygraph.graph;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;
import org.neo4j.driver.Driver;

import dev.policygraph.graph.migrations.MigrationRunner;
import io.quarkus.runtime.StartupEvent;

/** Brings the schema up to date right after the database is reachable, before seeding or serving. */
@ApplicationScoped
class SchemaStartup {

    private static final Logger LOG = Logger.getLogger(SchemaStartup.class);

    void migrate(@Observes @Priority(10) StartupEvent event, Driver driver) {
        long began = System.nanoTime();
        var applied = new MigrationRunner(driver).migrate();
        LOG.infof("Schema up to date (%d migrations applied) in %d ms", applied.size(),
                (System.nanoTime() - began) / 1_000_000);
    }
}
