package dev.policygraph.ingest.script;

import com.hankcs.hanlp.HanLP;

/**
 * Traditional → simplified conversion that keeps length, so offsets into the written text stay valid in the
 * simplified copy. HanLP converts by phrase; when a phrase changes length we fall back to one character at a time.
 */
public final class Script {

    private Script() {
    }

    /** Simplified form of {@code text}, same length as the input, char for char. Null stays null. */
    public static String simplify(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String whole = HanLP.convertToSimplifiedChinese(text);
        if (whole.length() == text.length()) {
            return whole;
        }
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            String one = String.valueOf(text.charAt(i));
            String s = HanLP.convertToSimplifiedChinese(one);
            sb.append(s.length() == 1 ? s : one);
        }
        return sb.toString();
    }

    /**
     * One article's conversions: cleaning steps that leave the text unchanged hand the same text to the next step
     * and to the extractor, which would otherwise convert it again (the whole text, three times). Not thread-safe:
     * one per article.
     */
    public static final class Memo {
        private String text;
        private String simplified;

        /** {@link Script#simplify} of {@code text}, converted again only when it differs from the last one asked. */
        public String simplify(String text) {
            if (this.text == null || !this.text.equals(text)) {
                this.simplified = Script.simplify(text);
                this.text = text;
            }
            return simplified;
        }
    }
}
