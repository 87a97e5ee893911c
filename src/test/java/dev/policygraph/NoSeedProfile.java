package dev.policygraph;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The Quarkus test profile without the seed, shared by every test that builds its own graph or counts nodes before
 * and after a request (one profile, so Quarkus starts once for all of them). Keys: {@code dev-ingest-key} from
 * {@code %test}.
 */
public class NoSeedProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("policygraph.seed.enabled", "false");
    }
}
