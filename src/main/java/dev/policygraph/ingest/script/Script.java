package dev.policygraph.ingest.script;

import java.util.Map;

import com.hankcs.hanlp.HanLP;

/**
 * Traditional → simplified conversion that keeps length, so offsets into the written text stay valid in the
 * simplified copy. HanLP converts by phrase; when a phrase changes length we fall back to one character at a time.
 */
public final class Script {

    private Script() {
    }

    /** Names, titles and keys no longer than this are remembered once converted: the finders convert them again and again. */
    private static final int REMEMBERED_LENGTH = 32;
    private static final ThreadLocal<Map<String, String>> SHORT_ONES = ThreadLocal.withInitial(() -> new RecentlyUsed<>(512));

    /** Simplified form of {@code text}, same length as the input, char for char. Null stays null. */
    public static String simplify(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        if (text.length() > REMEMBERED_LENGTH) {
            return convert(text);
        }
        Map<String, String> remembered = SHORT_ONES.get();
        String simplified = remembered.get(text);
        if (simplified == null) {
            simplified = convert(text);
            remembered.put(text, simplified);
        }
        return simplified;
    }

    private static String convert(String text) {
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
