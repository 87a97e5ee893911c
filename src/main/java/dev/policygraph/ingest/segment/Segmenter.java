package dev.policygraph.ingest.segment;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits cleaned text into sentences (at 。!? and line breaks, the terminator kept) and each sentence into
 * ;-separated clauses. Offsets are into the cleaned text; blank sentences are skipped; surrounding blanks trimmed.
 */
public final class Segmenter {

    public List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        int paragraph = 0;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : '\n';
            boolean lineBreak = c == '\n';
            if (lineBreak || c == '。' || c == '!' || c == '?') {
                int end = lineBreak ? i : i + 1;
                // keep a closing quote with its sentence: 。”
                while (!lineBreak && end < text.length() && (text.charAt(end) == '”' || text.charAt(end) == '’')) {
                    end++;
                    i++;
                }
                add(out, text, start, end, paragraph);
                start = end + (lineBreak ? 1 : 0);
                if (lineBreak && i < text.length()) {
                    paragraph++;
                    start = i + 1;
                }
            }
        }
        return out;
    }

    private static void add(List<Sentence> out, String text, int start, int end, int paragraph) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (start >= end) {
            return;
        }
        List<Sentence.Span> clauses = new ArrayList<>();
        int cs = start;
        for (int k = start; k <= end; k++) {
            if (k == end || text.charAt(k) == ';') {
                if (k > cs) {
                    clauses.add(new Sentence.Span(cs, k));
                }
                cs = k + 1;
            }
        }
        out.add(new Sentence(out.size(), paragraph, start, end, text.substring(start, end), List.copyOf(clauses)));
    }
}
