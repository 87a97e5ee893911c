package dev.policygraph.graph.store;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the store answers a trivial read, whichever store it is (in-process or over Bolt). */
@Readiness
@ApplicationScoped
class StoreReadiness implements HealthCheck {

    private final GraphStore store;

    StoreReadiness(GraphStore store) {
        this.store = store;
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("Neo4j");
        try {
            store.query("RETURN 1 AS ok", java.util.Map.of());
            return response.up().withData("store", store instanceof InProcessStore ? "embedded, in-process" : "bolt")
                    .build();
        } catch (RuntimeException e) {
            return response.down().withData("reason", String.valueOf(e.getMessage())).build();
        }
    }
}
