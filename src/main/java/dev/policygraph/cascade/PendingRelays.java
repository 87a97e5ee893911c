package dev.policygraph.cascade;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.policygraph.cascade.MeetingMatcher.Description;
import dev.policygraph.cascade.RelayLinker.Links;
import dev.policygraph.cascade.RelayLinker.Reported;
import dev.policygraph.graph.store.GraphStore;
import dev.policygraph.graph.store.GraphStore.Tx;
import dev.policygraph.ingest.RelayRef;

/**
 * Relay references a bulk run has written but not yet linked. A run that owns its store writes its articles first,
 * each batch with the references of its meetings held on them ({@code :RelaysPending}, {@code pendingRelays}), and
 * links them all at the end: with every meeting of the run already written, each reference is placed once against
 * all of them, and on a store that held no references before, none written earlier can need re-scoring. The graph
 * is the one linking in each write gives (the linker's rule does not depend on order); what a run leaves held when
 * it stops is linked by the next run or at the service's start.
 */
public final class PendingRelays {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private static final String HOLD = """
            UNWIND $rows AS row
            MATCH (m:Meeting {key: row.key})
            SET m:RelaysPending, m.pendingRelays = coalesce(m.pendingRelays, []) + row.refs""";

    private static final String ANY = """
            MATCH (m:RelaysPending) RETURN m.key AS key LIMIT 1""";

    private static final String NEXT = """
            MATCH (m:RelaysPending) RETURN m.key AS key, m.pendingRelays AS refs LIMIT $limit""";

    private static final String RELEASE = """
            UNWIND $keys AS key
            MATCH (m:Meeting {key: key})
            REMOVE m:RelaysPending, m.pendingRelays""";

    /** Meetings whose held references one linking transaction places. */
    private static final int BATCH = 200;

    private static final String ANY_RELAY = """
            MATCH ()-[r:RELAYS]->() RETURN count(r) > 0 AS any""";

    private final RelayLinker linker;

    public PendingRelays(RelayLinker linker) {
        this.linker = linker;
    }

    /** In the transaction that wrote these meetings: their blocking terms, and their references held for later. */
    public void hold(Tx tx, List<Reported> reported) {
        linker.describe(tx, reported);
        var rows = new ArrayList<Map<String, Object>>();
        for (Reported r : reported) {
            // held even without references: stored references may name it, and are re-scored when it is linked
            var refs = new ArrayList<String>();
            for (int i = 0; i < r.relays().size(); i++) {
                refs.add(write(r.relays().get(i), r.evidence().get(i)));
            }
            rows.add(Map.of("key", r.meetingKey(), "refs", refs));
        }
        if (!rows.isEmpty()) {
            tx.run(HOLD, Map.of("rows", rows));
        }
    }

    /** Whether any references are held. */
    public boolean any(GraphStore store) {
        return !store.query(ANY, Map.of()).isEmpty();
    }

    /**
     * Links every held reference, {@value #BATCH} meetings per transaction, each meeting released in the transaction
     * that links it.
     */
    public Links linkAll(GraphStore store) {
        // Decided once: the edges this pass writes were placed against every meeting, so they never need re-scoring.
        boolean rescore = store.query(ANY_RELAY, Map.of()).get(0).get("any").asBoolean();
        int toReported = 0;
        int toPlaceholders = 0;
        int moved = 0;
        while (true) {
            Links links = store.write(tx -> {
                List<Record> rows = tx.run(NEXT, Map.of("limit", BATCH));
                if (rows.isEmpty()) {
                    return null;
                }
                var reported = new ArrayList<Reported>();
                var keys = new ArrayList<String>();
                for (Record row : rows) {
                    String key = row.get("key").asString();
                    keys.add(key);
                    reported.add(read(key, row.get("refs").asList(v -> v.asString())));
                }
                Links placed = linker.place(tx, reported, rescore);
                tx.run(RELEASE, Map.of("keys", keys));
                return placed;
            });
            if (links == null) {
                return new Links(toReported, toPlaceholders, moved);
            }
            toReported += links.toReported();
            toPlaceholders += links.toPlaceholders();
            moved += links.moved();
        }
    }

    private static String write(RelayRef ref, Map<String, Object> evidence) {
        var m = new java.util.HashMap<String, Object>();
        m.put("name", ref.meetingName());
        m.put("key", ref.key());
        m.put("year", ref.year());
        m.put("convener", ref.convenerKey());
        m.put("evidence", evidence);
        try {
            return JSON.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot hold a relay reference", e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Reported read(String meetingKey, List<String> held) {
        var relays = new ArrayList<RelayRef>();
        var evidence = new ArrayList<Map<String, Object>>();
        for (String json : held) {
            Map<String, Object> m;
            try {
                m = JSON.readValue(json, MAP);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Unreadable held relay reference on meeting " + meetingKey, e);
            }
            Object year = m.get("year");
            relays.add(new RelayRef((String) m.get("name"), (String) m.get("key"),
                    year == null ? null : ((Number) year).intValue(), null, (String) m.get("convener"), null));
            evidence.add((Map<String, Object>) m.get("evidence"));
        }
        return new Reported(null, new Description(meetingKey, null, null, null, null), relays, evidence);
    }
}
