package dev.policygraph.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import dev.policygraph.config.PolicygraphConfig;

/**
 * A requested window of a stably sorted list. Cursors are opaque (an offset, encoded); {@code first} is bounded by
 * {@code policygraph.api.max-page-size}.
 */
record Page(int skip, int limit) {

    /** No list this API serves is this long; a cursor past it was not issued here (and would overflow SKIP). */
    static final int MAX_OFFSET = 100_000_000;

    static Page of(Integer first, String after, PolicygraphConfig.Api config) {
        int size = first == null ? config.defaultPageSize() : first;
        if (size < 0) {
            throw new InvalidArgumentException("first must be 0 or more, got " + size);
        }
        if (size > config.maxPageSize()) {
            throw new InvalidArgumentException("first must be at most " + config.maxPageSize()
                    + " (policygraph.api.max-page-size), got " + size);
        }
        return new Page(after == null || after.isBlank() ? 0 : decode(after) + 1, size);
    }

    <T> PageInfo info(List<T> items, long total) {
        int lastIndex = skip + items.size() - 1;
        return new PageInfo(items.isEmpty() ? null : encode(lastIndex), skip + items.size() < total);
    }

    static String encode(int index) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("offset:" + index).getBytes(StandardCharsets.UTF_8));
    }

    private static int decode(String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (!text.startsWith("offset:")) {
                throw new IllegalArgumentException();
            }
            int index = Integer.parseInt(text.substring("offset:".length()));
            if (index < 0 || index >= MAX_OFFSET) {
                throw new IllegalArgumentException();
            }
            return index;
        } catch (IllegalArgumentException e) {
            throw new InvalidArgumentException("after is not a cursor this API issued (use a pageInfo.endCursor): "
                    + Inputs.quote(cursor));
        }
    }
}
