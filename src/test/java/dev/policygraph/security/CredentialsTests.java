package dev.policygraph.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class CredentialsTests {

    private final Credentials keys = new Credentials(List.of("first-key", " second-key "), false, false);

    @Test
    void acceptsAnyConfiguredKeyAsBearerToken() {
        assertTrue(keys.mayWrite("Bearer first-key"));
        assertTrue(keys.mayWrite("bearer second-key"));
    }

    @Test
    void refusesMissingWrongOrNonBearerCredentials() {
        assertFalse(keys.mayWrite(null));
        assertFalse(keys.mayWrite(""));
        assertFalse(keys.mayWrite("Bearer "));
        assertFalse(keys.mayWrite("Bearer first-ke"));
        assertFalse(keys.mayWrite("Bearer first-key2"));
        assertFalse(keys.mayWrite("Basic first-key"));
        assertFalse(keys.mayWrite("first-key"));
    }

    @Test
    void noKeysConfiguredRefusesEveryMutation() {
        var none = new Credentials(List.of(), false, false);
        assertFalse(none.mayWrite("Bearer "));
        assertFalse(none.mayWrite("Bearer anything"));
        var blank = new Credentials(List.of(""), false, false);
        assertFalse(blank.mayWrite("Bearer "));
        assertFalse(blank.mayWrite("Bearer  "));
    }

    @Test
    void openWritesLetsMutationsThroughWithoutKeys() {
        assertTrue(new Credentials(List.of(), true, false).mayWrite(null));
    }

    @Test
    void queriesAreOpenUnlessConfiguredToNeedAToken() {
        assertTrue(keys.mayRead(null));
        var closed = new Credentials(List.of("k"), false, true);
        assertFalse(closed.mayRead(null));
        assertFalse(closed.mayRead("Bearer x"));
        assertTrue(closed.mayRead("Bearer k"));
    }
}
