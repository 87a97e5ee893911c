package dev.policygraph.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import dev.policygraph.ingest.Level;
import dev.policygraph.ingest.extract.Levels;

/**
 * Levels and {@code SUBORDINATE_TO} for the bodies an article touches (the {@code hierarchy} of its write row). A
 * body whose level extraction left UNKNOWN gets the one its name gives; a body with a clear parent (provincial postal
 * bureau → 國家郵政局, city bureau → its province's bureau, 党组 → its bureau) gets the edge, with the parent created
 * as a bare node if no article has named it yet. A function of the keys alone, so order does not matter.
 */
final class Hierarchy {

    /** Parents are followed upwards; no real chain is longer than a handful of bodies. */
    private static final int MAX_BODIES = 200;

    private Hierarchy() {
    }

    static Map<String, Object> of(Collection<String> organizationKeys) {
        var levels = new ArrayList<Map<String, Object>>();
        var links = new ArrayList<Map<String, Object>>();
        var seen = new LinkedHashSet<String>();
        var queue = new ArrayList<>(organizationKeys);
        for (int i = 0; i < queue.size() && i < MAX_BODIES; i++) {
            String key = queue.get(i);
            if (key == null || !seen.add(key)) {
                continue;
            }
            Level level = Levels.infer(key);
            if (level != Level.UNKNOWN) {
                levels.add(Map.of("key", key, "level", level.name()));
            }
            Levels.parentOf(key).ifPresent(p -> {
                var l = new HashMap<String, Object>();
                l.put("child", key);
                l.put("parent", p.key());
                l.put("parentId", Ids.of("organization", p.key()));
                l.put("level", p.level().name());
                l.put("confidence", p.confidence());
                l.put("basis", p.basis());
                links.add(l);
                queue.add(p.key());
            });
        }
        return Map.of("levels", List.copyOf(levels), "links", List.copyOf(links));
    }
}
