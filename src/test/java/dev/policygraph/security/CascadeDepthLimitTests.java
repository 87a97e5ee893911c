package dev.policygraph.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.policygraph.api.InvalidArgumentException;

class CascadeDepthLimitTests {

    private final CascadeDepthLimit limit = new CascadeDepthLimit(8);

    @Test
    void missingDepthMeansTheConfiguredMaximum() {
        assertEquals(8, limit.resolve(null));
    }

    @Test
    void depthWithinBoundsIsKept() {
        assertEquals(0, limit.resolve(0));
        assertEquals(8, limit.resolve(8));
    }

    @Test
    void negativeOrTooDeepIsAnInvalidArgumentNamingTheSetting() {
        var negative = assertThrows(InvalidArgumentException.class, () -> limit.resolve(-1));
        assertTrue(negative.getMessage().contains("policygraph.api.max-cascade-depth"));
        assertThrows(InvalidArgumentException.class, () -> limit.resolve(9));
        assertThrows(InvalidArgumentException.class, () -> limit.resolve(Integer.MAX_VALUE));
    }
}
