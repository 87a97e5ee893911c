package dev.policygraph.graph;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Short opaque ids derived from canonical keys: {@code meeting:3f2a9c01b7de}. Derived, not random, so concurrent
 * writers of the same thing agree on its id, and the prefix tells which kind of node an id names.
 */
public final class Ids {

    private Ids() {
    }

    public static String of(String kind, String key) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return kind + ":" + HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The node label an id belongs to, or null if the id is not one of ours. */
    public static String labelOf(String id) {
        if (id == null) {
            return null;
        }
        int colon = id.indexOf(':');
        if (colon <= 0) {
            return null;
        }
        return switch (id.substring(0, colon)) {
            case "article" -> "Article";
            case "meeting" -> "Meeting";
            case "official" -> "Official";
            case "organization" -> "Organization";
            case "directive" -> "Directive";
            case "task" -> "Task";
            case "initiative" -> "Initiative";
            default -> null;
        };
    }
}
