package dev.policygraph.ingest;

import java.time.OffsetDateTime;

/** What a caller hands in. Only {@code text} is required; the dateline may supply the publication time. */
public record ArticleInput(String text, String sourceUrl, OffsetDateTime publishedAt) {
}
