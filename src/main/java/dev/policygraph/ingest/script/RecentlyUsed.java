package dev.policygraph.ingest.script;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The last {@code capacity} entries used, the least recently used dropped first: what one thread remembers of HanLP's
 * answers, which the finders ask for again and again within an article. Not thread-safe: one per thread.
 */
public final class RecentlyUsed<K, V> extends LinkedHashMap<K, V> {

    private final int capacity;

    public RecentlyUsed(int capacity) {
        super(capacity, 0.75f, true);
        this.capacity = capacity;
    }

    @Override
    protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > capacity;
    }
}
