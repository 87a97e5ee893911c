package dev.policygraph.cascade;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import dev.policygraph.graph.Ids;
import dev.policygraph.ingest.Level;

/**
 * Levels and {@code SUBORDINATE_TO} for the bodies an article touches, inside its transaction. A body whose level
 * extraction left UNKNOWN gets the one inferred from its name; a body with a clear parent (provincial postal bureau →
 * 國家郵政局, city bureau → its province's bureau, 党组 → its bureau) gets the edge, with the parent created as a
 * bare node if no article has named it yet. Everything here is a function of the keys, so order does not matter.
 */
@ApplicationScoped
public class Hierarchy {

    /**
     * Parents first (created with their level if new), then the level of every body, parents just created included,
     * that has none yet.
     */
    public static final String LINK = """
            WITH $bodies AS bodies, $links AS links
            CALL {
              WITH links
              UNWIND links AS l
              MATCH (c:Organization {key: l.child})
              MERGE (p:Organization {key: l.parent})
                ON CREATE SET p.id = l.parentId, p.name = l.parent, p.simplifiedName = l.parent,
                              p.searchText = l.parent, p.level = l.level
              MERGE (c)-[s:SUBORDINATE_TO]->(p)
                ON CREATE SET s.confidence = l.confidence, s.basis = l.basis, s.evidence = l.basis
            }
            CALL {
              WITH bodies
              UNWIND bodies AS b
              MATCH (g:Organization {key: b.key})
              WHERE coalesce(g.level, 'UNKNOWN') = 'UNKNOWN'
              SET g.level = b.level
            }""";

    /** The parameters of {@link #LINK} for these bodies: a function of their keys alone. */
    public Map<String, Object> parameters(Collection<String> organizationKeys) {
        var bodies = new ArrayList<Map<String, Object>>();
        var links = new ArrayList<Map<String, Object>>();
        var seen = new LinkedHashSet<String>();
        var queue = new ArrayList<>(organizationKeys);
        for (int i = 0; i < queue.size() && i < 200; i++) {
            String key = queue.get(i);
            if (key == null || !seen.add(key)) {
                continue;
            }
            Level level = Levels.infer(key);
            if (level != Level.UNKNOWN) {
                bodies.add(Map.of("key", key, "level", level.name()));
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
        return Map.of("bodies", List.copyOf(bodies), "links", List.copyOf(links));
    }
}
