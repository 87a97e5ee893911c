package dev.policygraph.pipeline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import dev.policygraph.cascade.RelayLinker;

/**
 * What ingest did, as Micrometer counters (served at {@code /q/metrics}): articles by outcome
 * ({@code created}, {@code duplicate}, {@code rejected} with its code) and relay references by where they went.
 */
@ApplicationScoped
public class IngestMetrics {

    private final MeterRegistry registry;

    @Inject
    public IngestMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Counts into a registry nobody reads: tools that run without the service. */
    static IngestMetrics unread() {
        return new IngestMetrics(new SimpleMeterRegistry());
    }

    void stored(boolean created) {
        // Prometheus needs one set of tag names per series: stored articles carry code "none"
        registry.counter("policygraph.ingest.articles", "outcome", created ? "created" : "duplicate", "code", "none")
                .increment();
    }

    void rejected(String code) {
        registry.counter("policygraph.ingest.articles", "outcome", "rejected", "code", code).increment();
    }

    void linked(RelayLinker.Links links) {
        registry.counter("policygraph.relay.references", "target", "reported").increment(links.toReported());
        registry.counter("policygraph.relay.references", "target", "placeholder").increment(links.toPlaceholders());
        registry.counter("policygraph.relay.moved").increment(links.moved());
    }
}
