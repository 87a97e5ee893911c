package dev.policygraph.ingest.extract;

import java.util.regex.Pattern;

/**
 * A pattern tried on part of a text without copying the part out: with the default opaque and anchoring bounds a
 * region matches as its substring would ({@code ^} and {@code $} at its ends, no lookaround past them), and the
 * finders try many patterns on the rest of a sentence or the text before a word, which copying made quadratic.
 */
final class Regions {

    private Regions() {
    }

    /** Like {@code pattern.matcher(text.substring(from, to)).find()}. */
    static boolean find(Pattern pattern, String text, int from, int to) {
        return pattern.matcher(text).region(from, to).find();
    }

    /** Like {@code pattern.matcher(text.substring(from, to)).lookingAt()}. */
    static boolean lookingAt(Pattern pattern, String text, int from, int to) {
        return pattern.matcher(text).region(from, to).lookingAt();
    }

    /** Like {@code pattern.matcher(text.substring(from, to)).matches()}. */
    static boolean matches(Pattern pattern, String text, int from, int to) {
        return pattern.matcher(text).region(from, to).matches();
    }
}
