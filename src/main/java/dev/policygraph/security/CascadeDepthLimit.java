package dev.policygraph.security;

import jakarta.enterprise.context.ApplicationScoped;

import dev.policygraph.api.InvalidArgumentException;
import dev.policygraph.config.PolicygraphConfig;

/**
 * Bounds how far a cascade query follows relays: for the cascade resolver to call with its {@code maxDepth}
 * argument. A missing value means the configured maximum; a negative one or one above the maximum is refused.
 */
@ApplicationScoped
public class CascadeDepthLimit {

    private final int max;

    @jakarta.inject.Inject
    public CascadeDepthLimit(PolicygraphConfig config) {
        this(config.api().maxCascadeDepth());
    }

    CascadeDepthLimit(int max) {
        this.max = max;
    }

    /** @return the depth to use; @throws InvalidArgumentException (code invalid-argument) naming the setting */
    public int resolve(Integer requested) {
        if (requested == null) {
            return max;
        }
        if (requested < 0 || requested > max) {
            throw new InvalidArgumentException("maxDepth must be between 0 and " + max
                    + " (policygraph.api.max-cascade-depth), got " + requested);
        }
        return requested;
    }
}
