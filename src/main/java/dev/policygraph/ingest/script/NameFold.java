package dev.policygraph.ingest.script;

import java.util.List;
import java.util.Map;

import dev.policygraph.ingest.lexicon.Lexicon;

/**
 * A meeting's name folded for comparison: canonical script, spun or abbreviated words replaced
 * ({@code lexicon/name_synonyms.txt}), leading year and meeting-form suffix ({@code meeting_forms.txt}) removed.
 */
public final class NameFold {

    /** Spun or abbreviated words in names and what they stand for, in order. */
    private static final Map<String, String> SYNONYMS = Lexicon.pairs("name_synonyms");
    private static final List<String> FORMS = Lexicon.longestFirst("meeting_forms").stream()
            .map(Keys::canonical).toList();

    private NameFold() {
    }

    /** Canonical script, spun synonyms folded, leading year and meeting-form suffix removed. */
    public static String fold(String text) {
        String s = Keys.canonical(text == null ? "" : text);
        for (var e : SYNONYMS.entrySet()) {
            s = s.replace(e.getKey(), e.getValue());
        }
        s = Keys.withoutLeadingYear(s);
        for (String form : FORMS) {
            if (s.length() > form.length() && s.endsWith(form)) {
                s = s.substring(0, s.length() - form.length());
                break;
            }
        }
        return s;
    }

    /** Whether a canonical text is only a meeting form (党组会议, 工作会议). */
    public static boolean isForm(String canonical) {
        return FORMS.contains(canonical);
    }
}
