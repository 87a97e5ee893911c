package dev.policygraph.cascade;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import dev.policygraph.ingest.extract.Levels;
import dev.policygraph.ingest.Level;
import dev.policygraph.ingest.extract.Scope;
import dev.policygraph.ingest.script.Keys;
import dev.policygraph.ingest.script.NameFold;

/**
 * Decides whether a relay reference (傳達學習 X會議精神) names a given meeting, and how sure that is. Pure: no
 * database, so every rule is tested on its own.
 * <p>
 * The rules, in order:
 * <ol>
 * <li>same canonical key ({@code year|convener|core}, see {@link Keys#meetingKey}) → confidence 1, {@code exact};</li>
 * <li>a different year, when both are known, never matches (the 2021 half-year meeting is not the 2020 one);</li>
 * <li>two known conveners must be the same body (one name may extend the other: 四川省邮政管理局党组 is the
 * 四川省邮政管理局's party group); an unknown convener must sit above the relaying meeting's level;</li>
 * <li>a scope word (全国, 全省, 全市, 全县) must agree between the two names and with the candidate's level;</li>
 * <li>names are folded (script, leading year, spun synonyms: TV→电视, 集会→会议, 上半年→半年, meeting-form
 * suffixes) and compared by bigram Dice similarity; a name contained in the other scores at least 0.85;</li>
 * <li>confidence = similarity × 0.9 per unknown year or convener; {@code fuzzy} links need
 * {@code policygraph.cascade.link-threshold} (0.6).</li>
 * </ol>
 */
public final class MeetingMatcher {

    /** What is known of a meeting, or of the meeting a relay reference names. Keys as the extractor builds them. */
    public record Description(String key, String name, Integer year, String convenerKey, Level convenerLevel) {

        public Description {
            if (year == null) {
                year = yearOf(key);
            }
            if ((convenerKey == null || convenerKey.isEmpty()) && key != null) {
                String[] parts = key.split("\\|", 3);
                convenerKey = parts.length == 3 && !parts[1].isEmpty() ? parts[1] : null;
            }
            if (convenerLevel == null) {
                convenerLevel = convenerKey == null ? Level.UNKNOWN : Levels.infer(convenerKey);
            }
        }
    }

    /** A verdict: how sure, and how it was reached ({@code exact} or {@code fuzzy}). */
    public record Match(double confidence, String matchedBy, double similarity) {
    }

    private MeetingMatcher() {
    }

    /**
     * @param ref           the meeting a relay names
     * @param candidate     an ingested meeting
     * @param relayingLevel level of the body whose meeting does the relaying (the reference points above it)
     * @return a match at any confidence above zero, or empty when a hard rule says no
     */
    public static Optional<Match> match(Description ref, Description candidate, Level relayingLevel) {
        if (ref.key() != null && ref.key().equals(candidate.key())) {
            return Optional.of(new Match(1.0, "exact", 1.0));
        }
        if (ref.year() != null && candidate.year() != null && !ref.year().equals(candidate.year())) {
            return Optional.empty();
        }
        if (ref.convenerKey() != null && candidate.convenerKey() != null
                && !sameBody(ref.convenerKey(), candidate.convenerKey())) {
            return Optional.empty();
        }
        Level candidateLevel = candidate.convenerLevel();
        if (ref.convenerKey() == null && above(relayingLevel, candidateLevel) == Boolean.FALSE) {
            return Optional.empty();
        }
        if (generic(core(ref)) || generic(core(candidate))) {
            return Optional.empty();
        }
        String refCore = NameFold.fold(core(ref));
        String candidateCore = NameFold.fold(core(candidate));
        Optional<Scope> refScope = Scope.in(refCore);
        Optional<Scope> candidateScope = Scope.in(candidateCore);
        if (refScope.isPresent() && candidateScope.isPresent() && refScope.get() != candidateScope.get()) {
            return Optional.empty();
        }
        if (refScope.isPresent() && !refScope.get().fits(candidateLevel)) {
            return Optional.empty();
        }
        double similarity = dice(refCore, candidateCore);
        String shorter = refCore.length() <= candidateCore.length() ? refCore : candidateCore;
        String longer = shorter == refCore ? candidateCore : refCore;
        if (shorter.length() >= 4 && longer.contains(shorter)) {
            similarity = Math.max(similarity, 0.85);
        }
        double confidence = similarity;
        if (ref.year() == null || candidate.year() == null) {
            confidence *= 0.9;
        }
        if (ref.convenerKey() == null || candidate.convenerKey() == null) {
            confidence *= 0.9;
        }
        return Optional.of(new Match(round(confidence), "fuzzy", round(similarity)));
    }

    /** A name that is only a meeting form (党组会议, 局务会议@2022-05-25): says nothing about which meeting. */
    static boolean generic(String core) {
        String c = Keys.canonical(core);
        return c.isEmpty() || c.contains("@") || NameFold.isForm(c) || NameFold.fold(c).length() < 2;
    }

    /** Two convener keys name the same body: equal, or one is the other plus a sub-body (党组, 党委). */
    static boolean sameBody(String a, String b) {
        return a.equals(b) || a.startsWith(b) || b.startsWith(a);
    }

    /** True when {@code upper} is strictly above {@code lower}; null when either is unknown. */
    static Boolean above(Level lower, Level upper) {
        if (lower == null || upper == null || lower == Level.UNKNOWN || upper == Level.UNKNOWN) {
            return null;
        }
        return upper.ordinal() < lower.ordinal();
    }

    /** The name part of a meeting key ({@code year|convener|core}), or the canonical name when there is no key. */
    static String core(Description d) {
        if (d.key() != null) {
            String[] parts = d.key().split("\\|", 3);
            if (parts.length == 3) {
                return parts[2];
            }
        }
        return Keys.canonical(d.name() == null ? "" : d.name());
    }

    /** Sørensen–Dice coefficient over character bigrams (unigrams for one-character strings). */
    public static double dice(String a, String b) {
        if (a.equals(b)) {
            return 1.0;
        }
        Map<String, Integer> x = grams(a);
        Map<String, Integer> y = grams(b);
        int total = x.values().stream().mapToInt(Integer::intValue).sum()
                + y.values().stream().mapToInt(Integer::intValue).sum();
        if (total == 0) {
            return 0;
        }
        int common = 0;
        for (var e : x.entrySet()) {
            common += Math.min(e.getValue(), y.getOrDefault(e.getKey(), 0));
        }
        return 2.0 * common / total;
    }

    private static Map<String, Integer> grams(String s) {
        var out = new HashMap<String, Integer>();
        if (s.length() == 1) {
            out.put(s, 1);
        }
        for (int i = 0; i + 2 <= s.length(); i++) {
            out.merge(s.substring(i, i + 2), 1, Integer::sum);
        }
        return out;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    private static Integer yearOf(String key) {
        if (key == null) {
            return null;
        }
        int bar = key.indexOf('|');
        String y = bar < 0 ? "" : key.substring(0, bar);
        return y.matches("\\d{4}") ? Integer.valueOf(y) : null;
    }
}
