package dev.policygraph.cascade;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToIntFunction;

import dev.policygraph.cascade.MeetingMatcher.Description;
import dev.policygraph.graph.Ids;
import dev.policygraph.ingest.script.NameFold;

/**
 * Blocking terms for the relay linker: a meeting, and the meeting a relay reference names, are each written as a
 * line of terms ({@code matchText} on {@code :Meeting}, {@code refMatch} on {@code RELAYS}) in two full-text indexes,
 * so the linker asks Lucene for the few candidates worth scoring instead of scanning a whole year.
 * <p>
 * The queries are a superset of what {@link MeetingMatcher} can accept at the link threshold, never a guess: a fuzzy
 * match needs a known year to agree (or one side unknown), two known conveners to be the same body (one a prefix of
 * the other), and the folded names either to be similar enough or one to contain the other (four characters or
 * more). Similar enough is counted, not just "any shared bigram": Dice ≥ t between a name of n bigrams and any other
 * needs at least t·n/(2−t) shared bigrams (the shared count is at most the other's length), so the commonest grams
 * whose counts add up to less than that can be left out of the query: a match must share one of the rest
 * (pigeonhole). Containment is asked for separately: a contained name's first four characters are one of the
 * container's four-character windows, and only the windows made wholly of dropped grams need asking for. An exact
 * match needs the same key, which references carry as a term of its own. Pure: no
 * database; which grams are common comes from the caller and only changes how many candidates come back.
 */
public final class MatchTerms {

    static final String GRAM = "g";
    private static final String HEAD = "q";
    private static final int HEAD_LENGTH = 4;
    private static final String UNKNOWN = "_";

    /** A query that matches nothing: no indexed line holds this term. */
    private static final String NOTHING = "none_";

    /** Confidences are rounded to three places before the threshold test, so the bound allows for that. */
    private static final double ROUNDING = 0.0005;

    private MatchTerms() {
    }

    /** The terms of a reported meeting, indexed in {@code meeting_match}. */
    public static String ofMeeting(Description meeting) {
        return String.join(" ", common(meeting));
    }

    /** The terms of a relay reference, indexed in {@code relay_match}: as a meeting's, plus its key. */
    public static String ofReference(Description reference) {
        var terms = common(reference);
        terms.add(keyTerm(reference.key()));
        return String.join(" ", terms);
    }

    /**
     * The Lucene query for meetings that a reference could match fuzzily at {@code threshold}; one that matches
     * nothing when none can (a generic name such as 党组会议 only ever matches by key).
     *
     * @param count how many meetings hold a gram, to leave the commonest out; any counts give the same matches
     */
    public static String meetingsFor(Description reference, double threshold, ToIntFunction<String> count) {
        String fuzzy = fuzzyClauses(reference, threshold, count);
        return fuzzy == null ? NOTHING : fuzzy;
    }

    /** The Lucene query for references that could name this meeting: the same key, or a possible fuzzy match. */
    public static String referencesTo(Description meeting, double threshold, ToIntFunction<String> count) {
        String fuzzy = fuzzyClauses(meeting, threshold, count);
        String key = keyTerm(meeting.key());
        return fuzzy == null ? key : key + " (" + fuzzy + ")";
    }

    private static String fuzzyClauses(Description d, double threshold, ToIntFunction<String> count) {
        List<String> names = nameTerms(d, threshold, count);
        if (names.isEmpty()) {
            return null;
        }
        var clauses = new ArrayList<String>();
        if (d.year() != null) {
            clauses.add("+(y" + d.year() + " y" + UNKNOWN + ")");
        }
        if (d.convenerKey() != null) {
            var body = new ArrayList<String>();
            body.add("c" + UNKNOWN);
            String c = d.convenerKey();
            for (int end = 1; end <= c.length(); end++) {
                body.add("c" + escape(c.substring(0, end))); // the other is this body or one it belongs to
            }
            body.add("c" + escape(c) + "*"); // … or a body that belongs to this one (国家邮政局党组)
            clauses.add("+(" + String.join(" ", body) + ")");
        }
        clauses.add("+(" + String.join(" ", names.stream().map(MatchTerms::escape).toList()) + ")");
        return String.join(" ", clauses);
    }

    /**
     * The name terms a candidate must hold one of (unescaped): the bigrams left after dropping the commonest that
     * a match can do without, and, when containment can reach the threshold, the four-character windows made only
     * of dropped grams as head terms (a name contained from any other window shares a gram that is asked for).
     * Empty for a generic name.
     */
    static List<String> nameTerms(Description d, double threshold, ToIntFunction<String> count) {
        String folded = folded(d);
        if (folded == null) {
            return List.of();
        }
        var repeats = new LinkedHashMap<String, Integer>();
        for (int i = 0; i + 2 <= folded.length(); i++) {
            repeats.merge(folded.substring(i, i + 2), 1, Integer::sum);
        }
        double t = threshold - ROUNDING;
        int n = folded.length() - 1;
        // Shared bigrams (with repeats) that Dice >= t needs; grams whose repeats sum below it can all be missing.
        double needed = t <= 0 ? 0 : Math.ceil(t * n / (2 - t) - 1e-9);
        var byCount = new ArrayList<>(repeats.keySet());
        byCount.sort(Comparator.comparingInt((String g) -> count.applyAsInt(g)).reversed()
                .thenComparing(Comparator.naturalOrder()));
        var dropped = new HashSet<String>();
        int droppable = 0;
        for (String g : byCount) {
            if (droppable + repeats.get(g) >= needed) {
                break;
            }
            droppable += repeats.get(g);
            dropped.add(g);
        }
        var out = new ArrayList<String>();
        repeats.keySet().stream().filter(g -> !dropped.contains(g)).forEach(g -> out.add(GRAM + g));
        if (0.85 >= t) { // MeetingMatcher scores a contained name 0.85
            for (int i = 0; i + HEAD_LENGTH <= folded.length(); i++) {
                // A shorter name starting here holds this window's grams; if one is asked for, it is found anyway.
                boolean allDropped = true;
                for (int j = i; j + 2 <= i + HEAD_LENGTH; j++) {
                    allDropped &= dropped.contains(folded.substring(j, j + 2));
                }
                if (allDropped) {
                    out.add(HEAD + folded.substring(i, i + HEAD_LENGTH));
                }
            }
        }
        return out;
    }

    private static List<String> common(Description d) {
        var terms = new ArrayList<String>();
        terms.add("y" + (d.year() == null ? UNKNOWN : d.year().toString()));
        terms.add("c" + (d.convenerKey() == null ? UNKNOWN : d.convenerKey()));
        grams(d).forEach(g -> terms.add(GRAM + g));
        String folded = folded(d);
        if (folded != null && folded.length() >= HEAD_LENGTH) {
            terms.add(HEAD + folded.substring(0, HEAD_LENGTH));
        }
        return terms;
    }

    /** Distinct bigrams of the folded name; none for a generic name, which never matches fuzzily. */
    static Set<String> grams(Description d) {
        String folded = folded(d);
        var out = new LinkedHashSet<String>();
        if (folded == null) {
            return out;
        }
        for (int i = 0; i + 2 <= folded.length(); i++) {
            out.add(folded.substring(i, i + 2)); // folded text is canonical: no blanks to split a term
        }
        return out;
    }

    /** The folded name the matcher compares, or null for a generic one. */
    private static String folded(Description d) {
        String core = MeetingMatcher.core(d);
        return MeetingMatcher.generic(core) ? null : NameFold.fold(core);
    }

    /** A key as one opaque term: keys hold {@code |} and {@code @}, which the analyzer and parser would split. */
    private static String keyTerm(String key) {
        return "k" + Ids.of("k", key == null ? "" : key).substring(2);
    }

    private static String escape(String term) {
        var sb = new StringBuilder(term.length());
        for (int i = 0; i < term.length(); i++) {
            char ch = term.charAt(i);
            if ("+-&|!(){}[]^\"~*?:\\/".indexOf(ch) >= 0) {
                sb.append('\\');
            }
            sb.append(ch);
        }
        return sb.toString();
    }
}
