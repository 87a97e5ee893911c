package dev.policygraph.ingest.extract;

import java.util.List;
import java.util.regex.Pattern;

import dev.policygraph.ingest.OrganizationRef;
import dev.policygraph.ingest.lexicon.Lexicon;
import dev.policygraph.ingest.script.Keys;
import dev.policygraph.ingest.script.Script;

/** Builds {@link OrganizationRef}s, their level from {@link Levels}, and says what looks like a body. */
public final class Organizations {

    private final List<String> central = Lexicon.words("central_bodies");
    private final List<String> suffixes = Lexicon.longestFirst("org_suffixes");

    /** A body as written; its key drops a trailing party body (党组, 党委, 机关党委: the party group of a bureau is the bureau). */
    public OrganizationRef of(String written) {
        String w = written.strip();
        String simp = Script.simplify(w);
        String body = Levels.partyBodyEnding(simp, 1).map(sub -> w.substring(0, w.length() - sub.length())).orElse(w);
        return new OrganizationRef(w, Keys.canonical(body), Levels.infer(body));
    }

    /** True when the simplified text ends like the name of a body (局, 部, 委员会 …). */
    public boolean looksLikeBody(String simp) {
        if (central.contains(simp)) {
            return true;
        }
        return endsInSuffix(simp, 1);
    }

    /** True when the simplified text ends in a body's name of two characters or more (中国科协, 省工商联), not in 局 or 院 alone. */
    public boolean endsInBodyName(String simp) {
        return endsInSuffix(simp, 2);
    }

    /** Whether something stands before a body suffix of at least {@code minLength} characters that ends the text. */
    private boolean endsInSuffix(String simp, int minLength) {
        for (String s : suffixes) {
            if (s.length() >= minLength && simp.endsWith(s) && simp.length() > s.length()) {
                return true;
            }
        }
        return false;
    }

    public boolean isCentral(String simp) {
        return central.contains(simp);
    }
}
