package dev.policygraph.api;

public record PageInfo(String endCursor, boolean hasNextPage) {
}
