package dev.policygraph.cascade;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.policygraph.cascade.MeetingMatcher.Description;
import dev.policygraph.graph.Ids;

/**
 * Blocking terms for the relay linker: a meeting, and the meeting a relay reference names, are each written as a
 * line of terms ({@code matchText} on {@code :Meeting}, {@code refMatch} on {@code RELAYS}) in two full-text indexes,
 * so the linker asks Lucene for the few candidates worth scoring instead of scanning a whole year.
 * <p>
 * The queries are a superset of what {@link MeetingMatcher} can accept, never a guess: a fuzzy match needs a known
 * year to agree (or one side unknown), two known conveners to be the same body (one a prefix of the other), and the
 * folded names to share a character bigram (Dice above zero, or containment of at least four characters, both
 * imply one). An exact match needs the same key, which references carry as a term of its own. Pure: no database.
 */
public final class MatchTerms {

    private static final String UNKNOWN = "_";

    /** A query that matches nothing: no indexed line holds this term. */
    private static final String NOTHING = "none_";

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
     * The Lucene query for meetings that a reference could match fuzzily; one that matches nothing when none can (a
     * generic name such as 党组会议 only ever matches by key).
     */
    public static String meetingsFor(Description reference) {
        String fuzzy = fuzzyClauses(reference);
        return fuzzy == null ? NOTHING : fuzzy;
    }

    /** The Lucene query for references that could name this meeting: the same key, or a possible fuzzy match. */
    public static String referencesTo(Description meeting) {
        String fuzzy = fuzzyClauses(meeting);
        String key = keyTerm(meeting.key());
        return fuzzy == null ? key : key + " (" + fuzzy + ")";
    }

    private static String fuzzyClauses(Description d) {
        Set<String> grams = grams(d);
        if (grams.isEmpty()) {
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
        clauses.add("+(" + String.join(" ", grams.stream().map(g -> "g" + escape(g)).toList()) + ")");
        return String.join(" ", clauses);
    }

    private static List<String> common(Description d) {
        var terms = new ArrayList<String>();
        terms.add("y" + (d.year() == null ? UNKNOWN : d.year().toString()));
        terms.add("c" + (d.convenerKey() == null ? UNKNOWN : d.convenerKey()));
        grams(d).forEach(g -> terms.add("g" + g));
        return terms;
    }

    /** Distinct bigrams of the folded name; none for a generic name, which never matches fuzzily. */
    static Set<String> grams(Description d) {
        String core = MeetingMatcher.core(d);
        var out = new LinkedHashSet<String>();
        if (MeetingMatcher.generic(core)) {
            return out;
        }
        String folded = MeetingMatcher.fold(core);
        for (int i = 0; i + 2 <= folded.length(); i++) {
            out.add(folded.substring(i, i + 2)); // folded text is canonical: no blanks to split a term
        }
        return out;
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
