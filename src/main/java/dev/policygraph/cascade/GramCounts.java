package dev.policygraph.cascade;

import java.util.concurrent.ConcurrentHashMap;

import dev.policygraph.cascade.MeetingMatcher.Description;

/**
 * How many reported meetings' folded names hold each bigram, as far as this process has seen: {@link MatchTerms}
 * leaves the commonest grams out of a blocking query. Only the speed of linking depends on these counts, never a
 * decision, so they may be partial, stale or empty.
 */
final class GramCounts {

    private final ConcurrentHashMap<String, Integer> counts = new ConcurrentHashMap<>();

    void observe(Description meeting) {
        MatchTerms.grams(meeting).forEach(this::add);
    }

    /** Counts the name grams of a stored line of terms ({@link MatchTerms#ofMeeting}). */
    void observeTerms(String matchText) {
        if (matchText == null) {
            return;
        }
        for (String term : matchText.split(" ")) {
            if (term.startsWith(MatchTerms.GRAM)) {
                add(term.substring(MatchTerms.GRAM.length()));
            }
        }
    }

    int count(String gram) {
        return counts.getOrDefault(gram, 0);
    }

    private void add(String gram) {
        counts.merge(gram, 1, Integer::sum);
    }
}
