package dev.policygraph.cascade;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.neo4j.driver.Record;

import dev.policygraph.graph.Ids;
import dev.policygraph.graph.store.GraphStore;

/**
 * What a user does about a wrong relay link, each in one write transaction: undo a fuzzy link ({@link #unlink}) or
 * point a relay at the meeting it means ({@link #relink}). Both are remembered, so later ingests do not redo the link.
 */
@ApplicationScoped
public class RelayCorrections {

    private static final String KEYS = """
            UNWIND $ids AS id
            MATCH (m:Meeting {id: id})
            RETURN m.id AS id, m.key AS key""";

    private final GraphStore store;
    private final RelayLinker linker;

    RelayCorrections(GraphStore store, RelayLinker linker) {
        this.store = store;
        this.linker = linker;
    }

    /** @return the id of the meeting the relay now points at; empty when there is no fuzzy link between the two */
    public Optional<String> unlink(String fromId, String toId) {
        return store.write(tx -> {
            Map<String, String> keys = keys(tx, fromId, toId);
            if (keys.size() < 2) {
                return Optional.<String>empty();
            }
            return linker.unlink(tx, keys.get(fromId), keys.get(toId)).map(RelayCorrections::meetingId);
        });
    }

    /** @return the target's id; empty when there is no relay between the first two or no such target */
    public Optional<String> relink(String fromId, String toId, String targetId) {
        return store.write(tx -> {
            Map<String, String> keys = keys(tx, fromId, toId, targetId);
            if (keys.size() < 3) {
                return Optional.<String>empty();
            }
            return linker.relink(tx, keys.get(fromId), keys.get(toId), keys.get(targetId)).map(RelayCorrections::meetingId);
        });
    }

    /** The linker answers in keys; callers name meetings by id. */
    private static String meetingId(String key) {
        return Ids.of("meeting", key);
    }

    private static Map<String, String> keys(GraphStore.Tx tx, String... ids) {
        var out = new java.util.HashMap<String, String>();
        for (Record r : tx.run(KEYS, Map.of("ids", List.of(ids)))) {
            out.put(r.get("id").asString(), r.get("key").asString());
        }
        return out;
    }
}
