package dev.policygraph.ingest.lexicon;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The words of a list indexed by their first character, so that all their occurrences in a text are found in one
 * pass over it instead of one {@code indexOf} scan per word (the title list holds a hundred words, searched in every
 * sentence).
 */
public final class WordIndex {

    /** Told each occurrence: where it starts and which word it is. */
    @FunctionalInterface
    public interface Found {
        void at(int start, String word);
    }

    private final BitSet firsts = new BitSet();
    private final Map<Character, String[]> byFirst = new HashMap<>();
    private final Map<Character, String[]> longestFirst = new HashMap<>();

    public WordIndex(List<String> words) {
        Map<Character, List<String>> lists = new HashMap<>();
        for (String w : words) {
            if (!w.isEmpty()) {
                lists.computeIfAbsent(w.charAt(0), c -> new ArrayList<>()).add(w);
                firsts.set(w.charAt(0));
            }
        }
        lists.forEach((c, l) -> {
            byFirst.put(c, l.toArray(String[]::new));
            longestFirst.put(c, l.stream().sorted(Comparator.comparingInt(String::length).reversed())
                    .toArray(String[]::new));
        });
    }

    /** The longest word that starts at {@code i} in {@code text}, or null: a regex alternation's lookingAt, cheaper. */
    public String longestAt(String text, int i) {
        if (i >= text.length() || !firsts.get(text.charAt(i))) {
            return null;
        }
        for (String w : longestFirst.get(text.charAt(i))) {
            if (text.startsWith(w, i)) {
                return w;
            }
        }
        return null;
    }

    /** Every occurrence of every word in {@code text}, overlapping ones too, by start, then in list order. */
    public void forEach(String text, Found found) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!firsts.get(c)) {
                continue;
            }
            for (String w : byFirst.get(c)) {
                if (text.startsWith(w, i)) {
                    found.at(i, w);
                }
            }
        }
    }
}
