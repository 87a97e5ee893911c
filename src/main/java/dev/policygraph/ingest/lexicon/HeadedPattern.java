package dev.policygraph.ingest.lexicon;

import java.util.BitSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern that opens with a head on its first character, {@code (?=[组主联召举开])} (as {@link Lexicon#alternation}
 * writes them), searched by skipping to those characters with a table look-up first. java.util.regex tests a class
 * of scattered Han characters as one predicate per character, at every position of the text: on a whole article
 * that was a tenth of extraction. The pattern is unchanged and still checks its head, so the matches are those of
 * {@link Matcher#find}, by construction.
 */
public final class HeadedPattern {

    private final Pattern pattern;
    private final BitSet firsts;
    /** The head's only character (indexOf finds it fastest), or -1. */
    private final int single;

    private HeadedPattern(Pattern pattern, BitSet firsts) {
        this.pattern = pattern;
        this.firsts = firsts;
        this.single = firsts.cardinality() == 1 ? firsts.nextSetBit(0) : -1;
    }

    public static HeadedPattern compile(String regex) {
        return of(Pattern.compile(regex));
    }

    /** @throws IllegalArgumentException when the pattern does not open with a plain class head */
    public static HeadedPattern of(Pattern pattern) {
        return new HeadedPattern(pattern, head(pattern.pattern()));
    }

    public Pattern pattern() {
        return pattern;
    }

    /** The matches in {@code text}, like {@code pattern().matcher(text)}. */
    public Scan scan(CharSequence text) {
        return new Scan(text);
    }

    /** One text's search; {@link #matcher()} holds the last match (start, end, groups), as after {@code find}. */
    public final class Scan {
        private final CharSequence text;
        private final Matcher matcher;
        private int next;

        private Scan(CharSequence text) {
            this.text = text;
            // a match tried at one position sees the text as find would: lookbehind before it, ^ only at 0
            this.matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        }

        public Matcher matcher() {
            return matcher;
        }

        /** Like {@link Matcher#find()}: the next match after the last one. */
        public boolean find() {
            return find(next);
        }

        /** Like {@link Matcher#find(int)}: the first match starting at or after {@code from}. */
        public boolean find(int from) {
            int n = text.length();
            for (int i = candidate(from); i < n; i = candidate(i + 1)) {
                matcher.region(i, n);
                if (matcher.lookingAt()) {
                    next = matcher.end() > i ? matcher.end() : i + 1;
                    return true;
                }
            }
            next = n + 1;
            return false;
        }

        /** Like {@link Matcher#lookingAt()} on the text from {@code at}: a match starting there, tried only on a head character. */
        public boolean lookingAt(int at) {
            if (at >= text.length() || !firsts.get(text.charAt(at))) {
                return false;
            }
            matcher.region(at, text.length());
            return matcher.lookingAt();
        }

        /** The first position at or after {@code i} holding a head character; the text's length (or more) if none. */
        private int candidate(int i) {
            int n = text.length();
            if (i >= n) {
                return i;
            }
            if (single >= 0 && text instanceof String s) {
                int k = s.indexOf(single, i);
                return k < 0 ? n : k;
            }
            while (i < n && !firsts.get(text.charAt(i))) {
                i++;
            }
            return i;
        }
    }

    /** The characters of the {@code (?=[…])} head, after any group openings ({@code (?:}, {@code (?<name>}). */
    static BitSet head(String regex) {
        int p = 0;
        while (true) {
            if (regex.startsWith("(?:", p)) {
                p += 3;
            } else if (regex.startsWith("(?<", p) && !regex.startsWith("(?<=", p) && !regex.startsWith("(?<!", p)) {
                p = regex.indexOf('>', p) + 1;
            } else {
                break;
            }
        }
        if (!regex.startsWith("(?=[", p) || regex.startsWith("(?=[^", p)) {
            throw new IllegalArgumentException("no (?=[…]) head opens the pattern: " + regex);
        }
        p += 4;
        BitSet out = new BitSet();
        int previous = -1;
        while (p < regex.length() && regex.charAt(p) != ']') {
            int c;
            char ch = regex.charAt(p);
            if (ch == '\\' && regex.startsWith("\\x{", p)) {
                int close = regex.indexOf('}', p);
                c = Integer.parseInt(regex.substring(p + 3, close), 16);
                p = close + 1;
            } else if (ch == '\\' && p + 1 < regex.length() && !Character.isLetterOrDigit(regex.charAt(p + 1))) {
                c = regex.charAt(p + 1);
                p += 2;
            } else if (ch == '\\' || ch == '[' || ch == '&' || Character.isSurrogate(ch)) {
                throw new IllegalArgumentException("head class too complex to read at " + p + ": " + regex);
            } else if (ch == '-' && previous >= 0 && p + 1 < regex.length() && regex.charAt(p + 1) != ']') {
                int to = regex.charAt(p + 1);
                if (to == '\\' || Character.isSurrogate((char) to)) {
                    throw new IllegalArgumentException("head class too complex to read at " + p + ": " + regex);
                }
                out.set(previous, to + 1);
                previous = -1;
                p += 2;
                continue;
            } else {
                c = ch;
                p++;
            }
            if (c > Character.MAX_VALUE) {
                throw new IllegalArgumentException("head class holds a supplementary character: " + regex);
            }
            out.set(c);
            previous = c;
        }
        if (p >= regex.length() || out.isEmpty()) {
            throw new IllegalArgumentException("head class not closed or empty: " + regex);
        }
        return out;
    }
}
