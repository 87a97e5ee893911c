package dev.policygraph.cascade;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** Cascade tests build their own graph from hand-made articles: no seed loading, which needs the extractor. */
public class CascadeProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("policygraph.seed.enabled", "false");
    }
}
