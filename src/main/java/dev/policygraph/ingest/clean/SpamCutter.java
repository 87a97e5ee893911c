package dev.policygraph.ingest.clean;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.policygraph.ingest.Warning;
import dev.policygraph.ingest.lexicon.Lexicon;
import dev.policygraph.ingest.script.Script;

/**
 * Cuts SEO spam injected into the body: URLs, and advert phrases from {@code lexicon/spam_markers.txt} together
 * with the brackets around them (【点击进入 xx.com】) or up to the next punctuation when unbracketed.
 */
public final class SpamCutter {

    private static final Pattern URL = Pattern.compile("(?i)(https?://|www\\.)[a-z0-9./?=&%_#~+-]+");
    private final Pattern spam;

    private final List<String> markers = Lexicon.words("spam_markers");

    private boolean mayHoldSpam(String simp) {
        for (String mk : markers) {
            if (simp.contains(mk)) {
                return true;
            }
        }
        String lower = simp.toLowerCase(java.util.Locale.ROOT);
        return lower.contains("http") || lower.contains("www.");
    }

    public SpamCutter() {
        String alt = Lexicon.alternation("spam_markers");
        spam = Pattern.compile("[【\\[(（][^【】\\[\\]()（）\\n]{0,30}?(?:" + alt + "|(?i:https?://|www\\.))[^【】\\[\\]()（）\\n]{0,40}?[】\\])）]"
                + "|(?:" + alt + ")[^,，。;；!！?？\\n]{0,30}" + "|" + URL.pattern());
    }

    public MappedText cut(MappedText in, Script.Memo script, List<Warning> warnings) {
        String t = in.text();
        String simp = script.simplify(t);
        if (!mayHoldSpam(simp)) {
            return in; // the big alternation is costly: most articles carry none of its triggers
        }
        Matcher m = spam.matcher(simp);
        MappedText.Builder b = in.rewrite();
        int last = 0;
        while (m.find()) {
            b.copy(last, m.start());
            last = m.end();
            warnings.add(new Warning("SPAM_CUT", "injected text '" + t.substring(m.start(), m.end()) + "' removed",
                    in.rawOffset(m.start()), in.rawOffset(m.end())));
        }
        if (last == 0) {
            return in;
        }
        b.copy(last, t.length());
        return b.build();
    }
}
