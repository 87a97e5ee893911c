package dev.policygraph.ingest;

/** An official's role at a meeting, with the sentence that says so. */
public record Participation(String officialKey, Role role, Evidence evidence) {
}
