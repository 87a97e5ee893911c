package dev.policygraph.ingest.script;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.policygraph.ingest.lexicon.Lexicon;

/**
 * Folds spun synonyms (集会 for 会议, TV电话 for 电视电话, 进修贯彻 for 学习贯彻 …, {@code lexicon/spun_synonyms.txt})
 * back to the genre's words, on simplified text. Every replacement has the same length as what it replaces, so
 * offsets into the written text stay valid; entries of unequal length are ignored.
 */
public final class Spun {

    private static final List<String[]> PAIRS = load();

    private Spun() {
    }

    /** {@code simp} with spun words folded, same length. Null stays null. */
    public static String fold(String simp) {
        if (simp == null) {
            return null;
        }
        String s = simp;
        for (String[] p : PAIRS) {
            if (s.contains(p[0])) {
                s = s.replace(p[0], p[1]);
            }
        }
        return s;
    }

    private static List<String[]> load() {
        List<String[]> out = new ArrayList<>();
        for (Map.Entry<String, String> e : Lexicon.pairs("spun_synonyms").entrySet()) {
            if (!e.getValue().isEmpty() && e.getKey().length() == e.getValue().length()) {
                out.add(new String[] {e.getKey(), e.getValue()});
            }
        }
        out.sort((a, b) -> b[0].length() - a[0].length());
        return List.copyOf(out);
    }
}
