package dev.policygraph.security;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The test profile without the seed: these tests count nodes before and after each request and must not depend
 * on what the extractor makes of the seed article. Keys: {@code dev-ingest-key} from {@code %test}.
 */
public class NoSeedProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("policygraph.seed.enabled", "false");
    }
}
