package dev.policygraph.ingest.extract;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.policygraph.ingest.lexicon.Lexicon;

/**
 * The speech verbs ({@code lexicon/speech_verbs.txt}), one list, each verb with the uses it has there. The grammar
 * around them (a speaker's name before, 在会上 between) stays with the rule that uses them.
 */
public final class SpeechVerbs {

    /** Where a verb counts; the names are the tags of the lexicon file. */
    public enum Use {
        /** Ends a bare name before it (马某指出). */
        NAME,
        /** Right after an official's name, makes them a speaker (王某在会上强调). */
        SPOKE,
        /** After a bare name opening a paragraph, makes that official its speaker. */
        SPEAKER,
        /** After a bare name opening a paragraph, before , or :, opens unnumbered demands. */
        DEMANDS
    }

    private static final Map<Use, List<String>> BY_USE = load();

    private SpeechVerbs() {
    }

    /** The verbs with this use, in file order. */
    public static List<String> of(Use use) {
        return BY_USE.get(use);
    }

    /** A regex alternation of the verbs with this use ({@link Lexicon#alternation(List)}). */
    public static String alternation(Use use) {
        return Lexicon.alternation(of(use));
    }

    private static Map<Use, List<String>> load() {
        Map<Use, List<String>> out = new EnumMap<>(Use.class);
        for (Use u : Use.values()) {
            out.put(u, new ArrayList<>());
        }
        Lexicon.pairs("speech_verbs").forEach((verb, uses) -> {
            for (String u : uses.split("\\s+")) {
                try {
                    out.get(Use.valueOf(u.toUpperCase(Locale.ROOT))).add(verb);
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException("speech_verbs.txt: unknown use '" + u + "' of " + verb, e);
                }
            }
        });
        out.replaceAll((u, verbs) -> List.copyOf(verbs));
        return out;
    }
}
