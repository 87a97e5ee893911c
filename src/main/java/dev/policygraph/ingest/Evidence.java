package dev.policygraph.ingest;

/**
 * Where the article said something: the sentence's index and the span in the cleaned text.
 * Every extracted node and relationship carries one, so a doubting user can read the sentence.
 */
public record Evidence(int sentence, int start, int end, String text) {
}
