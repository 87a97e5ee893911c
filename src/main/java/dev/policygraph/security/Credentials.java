package dev.policygraph.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

import dev.policygraph.config.PolicygraphConfig;

/**
 * Decides whether a request's {@code Authorization} header carries one of the configured API keys. Keys are
 * compared as SHA-256 digests with {@link MessageDigest#isEqual}, so neither the content nor the length of a key
 * leaks through timing.
 */
public final class Credentials {

    private static final String BEARER = "bearer ";

    private final List<byte[]> keyDigests;
    private final boolean openWrites;
    private final boolean requireTokenForQueries;

    Credentials(List<String> keys, boolean openWrites, boolean requireTokenForQueries) {
        this.keyDigests = keys.stream().map(String::strip).filter(k -> !k.isEmpty()).map(Credentials::digest).toList();
        this.openWrites = openWrites;
        this.requireTokenForQueries = requireTokenForQueries;
    }

    public static Credentials of(PolicygraphConfig.Security config) {
        return new Credentials(config.ingestKeys().orElse(List.of()), config.openWrites(),
                config.requireTokenForQueries());
    }

    /** May a request with this {@code Authorization} header run a mutation? */
    public boolean mayWrite(String authorization) {
        return openWrites || hasValidToken(authorization);
    }

    /** May a request with this {@code Authorization} header run a query? */
    public boolean mayRead(String authorization) {
        return !requireTokenForQueries || hasValidToken(authorization);
    }

    boolean hasValidToken(String authorization) {
        if (authorization == null || authorization.length() <= BEARER.length()
                || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return false;
        }
        byte[] offered = digest(authorization.substring(BEARER.length()).strip());
        boolean match = false;
        for (byte[] key : keyDigests) {
            // No early exit: every key is compared, whichever matches.
            match |= MessageDigest.isEqual(key, offered);
        }
        return match;
    }

    private static byte[] digest(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
