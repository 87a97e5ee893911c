package dev.policygraph.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/**
 * The configured API keys. Keys are compared as SHA-256 digests with {@link MessageDigest#isEqual}, every key each
 * time, so neither the content nor the length of a key leaks through timing.
 */
final class ApiKeys {

    private final List<byte[]> digests;

    ApiKeys(List<String> keys) {
        this.digests = keys.stream().map(String::strip).filter(k -> !k.isEmpty()).map(ApiKeys::digest).toList();
    }

    boolean accepts(String offered) {
        if (offered == null || offered.isBlank()) {
            return false;
        }
        byte[] digest = digest(offered.strip());
        boolean match = false;
        for (byte[] key : digests) {
            match |= MessageDigest.isEqual(key, digest);
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
