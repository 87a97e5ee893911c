package dev.policygraph.ingest.extract;

import java.util.List;

import dev.policygraph.ingest.Evidence;
import dev.policygraph.ingest.segment.Sentence;

/**
 * The article as extractors see it: the cleaned text as written, its simplified twin (same offsets; rules match
 * here so both scripts work) and the sentences.
 */
public record Doc(String clean, String simp, List<Sentence> sentences, List<String> simpSentences) {

    public Doc(String clean, String simp, List<Sentence> sentences) {
        // each sentence's simplified text, cut once: the finders ask for it many times
        this(clean, simp, sentences, sentences.stream().map(s -> simp.substring(s.start(), s.end())).toList());
    }

    /** The cleaned text [start, end), as written. */
    public String written(int start, int end) {
        return clean.substring(start, end);
    }

    public Sentence sentenceAt(int offset) {
        for (Sentence s : sentences) {
            if (offset < s.end()) {
                return s;
            }
        }
        return sentences.get(sentences.size() - 1);
    }

    /** Evidence for the span [start, end): the sentence holding its start. */
    public Evidence evidence(int start, int end) {
        Sentence s = sentenceAt(start);
        return new Evidence(s.index(), start, end, s.text());
    }

    public String simp(Sentence s) {
        return s.index() < simpSentences.size() && sentences.get(s.index()) == s ? simpSentences.get(s.index())
                : simp.substring(s.start(), s.end());
    }
}
