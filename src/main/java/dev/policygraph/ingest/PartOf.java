package dev.policygraph.ingest;

/** One initiative is part of another (快遞進村 is part of 兩進一出). Keys are {@link InitiativeRef#key()}s. */
public record PartOf(String childKey, String parentKey, Evidence evidence) {
}
