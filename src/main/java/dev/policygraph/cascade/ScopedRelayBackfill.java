package dev.policygraph.cascade;

import java.util.ArrayList;
import java.util.List;

import dev.policygraph.graph.store.GraphStore;
import dev.policygraph.ingest.extract.ShortForms;

/**
 * The data half of migration V0005: relays to 全省…, 全区… or 全市… meetings that name no convener were linked, before
 * {@link ShortForms#scopePlace}, to whichever province's meeting of that name had the smallest key. Each is placed
 * again as ingest places it now ({@link RelayLinker#rescope}), in transactions of a few hundred. Idempotent: a
 * re-placed reference carries its place in its key and is not picked up again.
 */
public final class ScopedRelayBackfill {

    private static final int CHUNK = 200;

    private static final String UNSCOPED = """
            MATCH (a:Meeting)-[e:RELAYS]->(t:Meeting)
            WHERE e.refConvener IS NULL AND e.refKey CONTAINS '||'
            RETURN a.key AS from, t.key AS to, e.refName AS name""";

    private record Edge(String from, String to) {
    }

    private ScopedRelayBackfill() {
    }

    /** @return how many references now point elsewhere or at their own province's placeholder */
    public static int run(GraphStore store, RelayLinker linker) {
        var edges = new ArrayList<Edge>();
        for (var r : store.query(UNSCOPED, java.util.Map.of())) {
            if (ShortForms.scoped(r.get("name").asString(null))) {
                edges.add(new Edge(r.get("from").asString(), r.get("to").asString()));
            }
        }
        int moved = 0;
        for (int i = 0; i < edges.size(); i += CHUNK) {
            List<Edge> chunk = edges.subList(i, Math.min(edges.size(), i + CHUNK));
            moved += store.write(tx -> {
                int n = 0;
                for (Edge e : chunk) {
                    n += linker.rescope(tx, e.from(), e.to()).isPresent() ? 1 : 0;
                }
                return n;
            });
        }
        return moved;
    }
}
