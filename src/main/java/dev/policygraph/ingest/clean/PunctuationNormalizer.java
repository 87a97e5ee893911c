package dev.policygraph.ingest.clean;

/**
 * One punctuation form for the cleaned text, the one the seed corpus already uses: ASCII for , : ; ( ) ! ?
 * and full-width ASCII letters/digits; Chinese-only marks stay full-width (。、“”‘’《》【】). The ideographic
 * space becomes a blank; carriage returns are dropped, and so is a comma that only doubles the mark after it.
 */
public final class PunctuationNormalizer {

    public MappedText normalize(MappedText in) {
        String t = in.text();
        if (!needed(t)) {
            return in; // a text already in the one form (every clean copy) is not rebuilt char by char
        }
        MappedText.Builder b = in.rewrite();
        boolean changed = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '\r') {
                changed = true;
                continue;
            }
            char o = fold(c);
            if (doublesNext(t, i)) {
                changed = true;
                continue; // 劉萬藝,、劉恒銘, 討論,,傾聽: a spun copy's comma doubling the mark after it
            }
            changed |= o != c;
            b.emit(o, i);
        }
        return changed ? b.build() : in;
    }

    /** Marks a comma right before only doubles: the comma goes, the mark stays. */
    private static final String DOUBLED_AFTER_COMMA = ",、。;";

    /** Whether the char at {@code i} is a comma (either width) right before one of {@link #DOUBLED_AFTER_COMMA}. */
    private static boolean doublesNext(String t, int i) {
        return fold(t.charAt(i)) == ',' && i + 1 < t.length() && DOUBLED_AFTER_COMMA.indexOf(fold(t.charAt(i + 1))) >= 0;
    }

    private static boolean needed(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '\r' || fold(c) != c || doublesNext(t, i)) {
                return true;
            }
        }
        return false;
    }

    /** Full-width ！ to ～ to ASCII, ideographic space to blank; everything else unchanged. */
    public static char fold(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            return (char) (c - 0xFEE0);
        }
        return c == '\u3000' ? ' ' : c;
    }
}
