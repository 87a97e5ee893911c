package dev.policygraph.cascade;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;

import dev.policygraph.cascade.MeetingMatcher.Description;
import dev.policygraph.graph.store.GraphStore;

/**
 * The data half of migration V0003: stores written before it have meetings and relay edges without blocking terms,
 * which the relay linker would never find. Computes them in Java ({@link MatchTerms} is not expressible in Cypher),
 * in pages, until none is missing. Idempotent, so a failed run is simply repeated.
 */
public final class MatchTermsBackfill {

    private static final int PAGE = 2000;

    private static final String MEETINGS_WITHOUT_TERMS = """
            MATCH (m:Meeting) WHERE m.placeholder = false AND m.matchText IS NULL
            RETURN m.key AS key LIMIT $page""";

    private static final String SET_MEETING_TERMS = """
            UNWIND $rows AS r
            MATCH (m:Meeting {key: r.key}) SET m.matchText = r.text""";

    private static final String EDGES_WITHOUT_TERMS = """
            MATCH ()-[e:RELAYS]->() WHERE e.refKey IS NOT NULL AND e.refMatch IS NULL
            RETURN elementId(e) AS id, properties(e) AS props LIMIT $page""";

    private static final String SET_EDGE_TERMS = """
            UNWIND $rows AS r
            MATCH ()-[e:RELAYS]->() WHERE elementId(e) = r.id SET e.refMatch = r.text""";

    private MatchTermsBackfill() {
    }

    /** @return how many meetings and edges got their terms */
    public static int run(GraphStore store) {
        int done = 0;
        for (List<Record> page; !(page = read(store, MEETINGS_WITHOUT_TERMS)).isEmpty(); done += page.size()) {
            // the meetings with their own conveners, read as the relay linker reads them
            List<Description> meetings = store.query(RelayLinker.MEETINGS,
                    Map.of("keys", page.stream().map(r -> r.get("key").asString()).toList()))
                    .stream().map(RelayLinker::description).toList();
            write(store, SET_MEETING_TERMS, meetings.stream().map(d -> Map.<String, Object>of(
                    "key", d.key(), "text", MatchTerms.ofMeeting(d))).toList());
        }
        for (List<Record> page; !(page = read(store, EDGES_WITHOUT_TERMS)).isEmpty(); done += page.size()) {
            write(store, SET_EDGE_TERMS, page.stream().map(r -> Map.<String, Object>of(
                    "id", r.get("id").asString(),
                    "text", MatchTerms.ofReference(RelayLinker.Ref.of(r.get("props").asMap()).description())))
                    .toList());
        }
        return done;
    }

    private static List<Record> read(GraphStore store, String query) {
        return store.query(query, Map.of("page", PAGE));
    }

    private static void write(GraphStore store, String query, List<Map<String, Object>> rows) {
        store.execute(query, Map.of("rows", rows));
    }
}
