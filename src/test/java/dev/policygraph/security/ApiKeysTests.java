package dev.policygraph.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class ApiKeysTests {

    private final ApiKeys keys = new ApiKeys(List.of("first-key", " second-key "));

    @Test
    void acceptsEveryConfiguredKeyWithSurroundingSpaceIgnored() {
        assertTrue(keys.accepts("first-key"));
        assertTrue(keys.accepts("second-key"));
        assertTrue(keys.accepts(" first-key "));
    }

    @Test
    void refusesMissingPartialOrLongerKeys() {
        assertFalse(keys.accepts(null));
        assertFalse(keys.accepts(""));
        assertFalse(keys.accepts(" "));
        assertFalse(keys.accepts("first-ke"));
        assertFalse(keys.accepts("first-key2"));
        assertFalse(keys.accepts("first-key\u0000"));
    }

    @Test
    void noKeysOrBlankKeysAcceptNothing() {
        assertFalse(new ApiKeys(List.of()).accepts("anything"));
        var blank = new ApiKeys(List.of("", "  "));
        assertFalse(blank.accepts(""));
        assertFalse(blank.accepts("  "));
    }
}
