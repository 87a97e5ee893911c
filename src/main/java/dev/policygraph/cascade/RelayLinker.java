package dev.policygraph.cascade;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

import dev.policygraph.cascade.MeetingMatcher.Description;
import dev.policygraph.cascade.MeetingMatcher.Match;
import dev.policygraph.config.PolicygraphConfig;
import dev.policygraph.graph.Ids;
import dev.policygraph.ingest.Level;
import dev.policygraph.ingest.RelayRef;
import dev.policygraph.ingest.script.Keys;

/**
 * Links relaying meetings to the meetings they relay, inside the article's own transaction.
 * <p>
 * The rule that makes ingest order irrelevant: a relay reference always points at the best-matching
 * <em>reported</em> meeting (highest confidence ≥ the link threshold, ties to the smaller key), else at a placeholder
 * meeting carrying the reference's own key. Every {@code RELAYS} edge stores the reference it came from
 * ({@code refKey, refName, refYear, refConvener}), so when a new meeting is reported every edge is re-scored
 * against it and moved if it now matches better; a placeholder left without edges is deleted. Placeholder display
 * fields come from the reference with the smallest article id. Fuzzy edges ({@code matchedBy: 'fuzzy'}) are the
 * record of a merge that could be wrong; {@link #unlink} undoes one and remembers the veto.
 */
@ApplicationScoped
public class RelayLinker {

    /** One edge's worth of reference, as stored on {@code RELAYS}. */
    record Ref(String key, String name, Integer year, String convener) {

        Description description() {
            return new Description(key, name, year, convener, null);
        }

        static Ref of(Map<String, Object> props) {
            Object y = props.get("refYear");
            return new Ref((String) props.get("refKey"), (String) props.get("refName"),
                    y == null ? null : ((Number) y).intValue(), (String) props.get("refConvener"));
        }
    }

    /** Where a reference goes; {@code placeholder} when no reported meeting matched and it keeps its own key. */
    private record Choice(String targetKey, Match match, boolean placeholder) {
    }

    /**
     * The reported meeting with the reference's own key (matches exactly even when its name is generic), and the
     * meetings that could match it fuzzily, found through {@link MatchTerms}; scored in Java.
     */
    private static final String CANDIDATES = """
            CALL {
              MATCH (c:Meeting {key: $refKey}) RETURN c
              UNION
              CALL db.index.fulltext.queryNodes('meeting_match', $query) YIELD node AS c RETURN c
            }
            WITH c WHERE c.key <> $self AND c.placeholder = false
            OPTIONAL MATCH (g:Organization)-[cv:CONVENED]->(c) WHERE cv.fromRelay IS NULL
            WITH c, g ORDER BY g.key
            WITH c, head(collect(g)) AS g
            RETURN c.key AS key, c.name AS name, c.year AS year, g.key AS convener, g.level AS level""";

    private static final String RELAYING = """
            MATCH (m:Meeting {key: $self})
            OPTIONAL MATCH (g:Organization)-[cv:CONVENED]->(m) WHERE cv.fromRelay IS NULL
            WITH m, g ORDER BY g.key
            RETURN head(collect(g.key)) AS convener, head(collect(g.level)) AS level,
                   coalesce(m.relayVetoes, []) AS vetoes, m.name AS name, m.year AS year""";

    private static final String EXISTING_EDGE = """
            MATCH (:Meeting {key: $self})-[x:RELAYS]->(:Meeting {key: $target}) RETURN properties(x) AS props""";

    /**
     * Writes the edge unless the same pair already has one from a better reference: surest, then smallest
     * reference key, article, offset (so the edge kept is the same whatever the ingest order).
     */
    private static final String WRITE_EDGE = """
            MATCH (m:Meeting {key: $self})
            MERGE (t:Meeting {key: $target})
              ON CREATE SET t.id = $targetId, t.placeholder = true
            MERGE (m)-[x:RELAYS]->(t)
            WITH x, $props AS p
            WHERE x.refKey IS NULL OR x.confidence < p.confidence
               OR x.confidence = p.confidence AND (x.refKey > p.refKey
                  OR x.refKey = p.refKey AND (x.article > p.article
                     OR x.article = p.article AND coalesce(x.start, 0) > coalesce(p.start, 0)))
            SET x = p""";

    /** Relay edges whose reference could name a just-reported meeting: found through {@link MatchTerms}. */
    private static final String EDGES_TO_RESCORE = """
            CALL db.index.fulltext.queryRelationships('relay_match', $query) YIELD relationship AS e
            MATCH (a:Meeting)-[e]->(t:Meeting)
            WHERE a.key <> $self AND t.key <> $self
            OPTIONAL MATCH (g:Organization)-[cv:CONVENED]->(a) WHERE cv.fromRelay IS NULL
            WITH a, e, t, g ORDER BY g.key
            WITH a, e, t, head(collect(g.level)) AS level
            RETURN a.key AS from, t.key AS to, t.placeholder AS toPlaceholder, properties(e) AS props, level,
                   coalesce(a.relayVetoes, []) AS vetoes""";

    private static final String DELETE_EDGE = """
            MATCH (:Meeting {key: $from})-[x:RELAYS]->(:Meeting {key: $to}) DELETE x""";

    private static final String DROP_ORPHANS = """
            MATCH (h:Meeting {placeholder: true}) WHERE h.key IN $keys
              AND NOT EXISTS { ()-[:RELAYS]->(h) } AND NOT EXISTS { (h)<-[:REPORTS]-() }
            DETACH DELETE h""";

    /** Placeholder display and convener from the reference of the smallest article: the same whatever the order. */
    private static final String REFRESH_PLACEHOLDER = """
            MATCH (h:Meeting {key: $key, placeholder: true})
            MATCH ()-[e:RELAYS]->(h)
            WITH h, e ORDER BY CASE WHEN e.refKey = h.key THEN 0 ELSE 1 END, e.article, e.start, e.refName
            WITH h, head(collect(e)) AS e
            SET h.name = e.refName, h.simplifiedName = e.refSimplifiedName, h.searchText = e.refSimplifiedName,
                h.year = e.refYear
            WITH h, e
            OPTIONAL MATCH ()-[old:CONVENED]->(h)
            DELETE old
            WITH DISTINCT h, e
            WHERE e.refConvener IS NOT NULL
            MERGE (g:Organization {key: e.refConvener})
              ON CREATE SET g.id = $convenerId, g.name = e.refConvener, g.simplifiedName = e.refConvener,
                            g.searchText = e.refConvener, g.level = $convenerLevel
            CREATE (g)-[c:CONVENED {fromRelay: true}]->(h)
            SET c.article = e.article, c.sentence = e.sentence, c.start = e.start, c.end = e.end,
                c.evidence = e.evidence""";

    private final double threshold;

    /** The default of {@code policygraph.cascade.link-threshold}. */
    public static final double DEFAULT_THRESHOLD = 0.6;

    @jakarta.inject.Inject
    public RelayLinker(PolicygraphConfig config) {
        this(config.cascade().linkThreshold());
    }

    /** @param threshold lowest confidence at which a reference links to a meeting of another name */
    public RelayLinker(double threshold) {
        this.threshold = threshold;
    }

    /**
     * Writes the {@code RELAYS} edges of one meeting (replaces the exact-key placeholder MERGE).
     *
     * @param evidence per reference, the evidence properties of the sentence that relays it
     */
    public void linkRelays(TransactionContext tx, String meetingKey, List<RelayRef> relays,
            List<Map<String, Object>> evidence) {
        if (relays.isEmpty()) {
            return;
        }
        Record self = tx.run(RELAYING, Map.of("self", meetingKey)).single();
        String ownConvener = self.get("convener").asString(null);
        Level ownLevel = level(self.get("level"), ownConvener);
        Set<String> vetoes = new LinkedHashSet<>(self.get("vetoes").asList(Value::asString));
        var placeholders = new LinkedHashSet<String>();
        for (int i = 0; i < relays.size(); i++) {
            RelayRef r = relays.get(i);
            String convener = r.convenedBy() == null ? null : r.convenedBy().key();
            if (convener != null && ownConvener != null) {
                convener = ShortForms.resolve(convener, ownConvener).orElse(convener);
            }
            var ref = new Ref(r.key(), r.meetingName(), r.year(), convener);
            var props = new HashMap<String, Object>(evidence.get(i));
            props.put("refKey", ref.key());
            props.put("refName", ref.name());
            props.put("refSimplifiedName", Keys.canonical(ref.name()));
            props.put("refYear", ref.year());
            props.put("refConvener", ref.convener());
            props.put("refMatch", MatchTerms.ofReference(ref.description()));
            Choice choice = choose(tx, meetingKey, ownLevel, ref, vetoes);
            write(tx, meetingKey, choice, props);
            if (choice.placeholder()) {
                placeholders.add(choice.targetKey()); // a reported target has no display fields to refresh
            }
        }
        refreshPlaceholders(tx, placeholders);
    }

    /**
     * A meeting has just been reported (created, or a placeholder completed): move to it every relay edge that now
     * matches it better than where it points, and drop placeholders left empty.
     */
    public void meetingReported(TransactionContext tx, String meetingKey) {
        Record self = tx.run(RELAYING, Map.of("self", meetingKey)).single();
        String convener = self.get("convener").asString(null);
        Integer year = self.get("year").isNull() ? null : self.get("year").asInt();
        var target = new Description(meetingKey, self.get("name").asString(null), year, convener,
                level(self.get("level"), convener));
        var params = Map.<String, Object>of("self", meetingKey, "query", MatchTerms.referencesTo(target));
        var touched = new LinkedHashSet<String>();
        for (Record e : tx.run(EDGES_TO_RESCORE, params).list()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> props = new HashMap<>((Map<String, Object>) (Map<?, ?>) e.get("props").asMap());
            Ref ref = Ref.of(props);
            String from = e.get("from").asString();
            if (e.get("vetoes").asList(Value::asString).contains(veto(ref.key(), meetingKey))) {
                continue;
            }
            Level fromLevel = level(e.get("level"), null);
            Optional<Match> m = MeetingMatcher.match(ref.description(), target, fromLevel);
            if (m.isEmpty() || m.get().confidence() < threshold) {
                continue;
            }
            double current = ((Number) props.getOrDefault("confidence", 0.0)).doubleValue();
            var currentMatch = new Match(current, String.valueOf(props.get("matchedBy")), 0);
            String to = e.get("to").asString();
            boolean better = e.get("toPlaceholder").asBoolean(false) || outranks(m.get(), currentMatch)
                    || !outranks(currentMatch, m.get()) && meetingKey.compareTo(to) < 0;
            if (!better) {
                continue;
            }
            tx.run(DELETE_EDGE, Map.of("from", from, "to", to));
            write(tx, from, new Choice(meetingKey, m.get(), false), props);
            touched.add(to);
        }
        if (!touched.isEmpty()) {
            tx.run(DROP_ORPHANS, Map.of("keys", List.copyOf(touched)));
            refreshPlaceholders(tx, touched);
        }
    }

    /**
     * Undoes a link: the edge from {@code fromKey} to {@code toKey} goes back to the next best meeting or to its own
     * placeholder, and the pair is vetoed so later ingests do not redo it. Exact matches cannot be undone.
     *
     * @return the key the relay now points at, or empty when there was no such fuzzy edge
     */
    public Optional<String> unlink(TransactionContext tx, String fromKey, String toKey) {
        var rows = tx.run(EXISTING_EDGE, Map.of("self", fromKey, "target", toKey)).list();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> props = new HashMap<>((Map<String, Object>) (Map<?, ?>) rows.get(0).get("props").asMap());
        if (!"fuzzy".equals(props.get("matchedBy"))) {
            return Optional.empty();
        }
        Ref ref = Ref.of(props);
        tx.run("""
                MATCH (m:Meeting {key: $from})
                SET m.relayVetoes = coalesce(m.relayVetoes, []) + $veto""",
                Map.of("from", fromKey, "veto", veto(ref.key(), toKey)));
        tx.run(DELETE_EDGE, Map.of("from", fromKey, "to", toKey));
        Record self = tx.run(RELAYING, Map.of("self", fromKey)).single();
        Level ownLevel = level(self.get("level"), null);
        Set<String> vetoes = new LinkedHashSet<>(self.get("vetoes").asList(Value::asString));
        Choice choice = choose(tx, fromKey, ownLevel, ref, vetoes);
        write(tx, fromKey, choice, props);
        refreshPlaceholders(tx, List.of(choice.targetKey()));
        return Optional.of(choice.targetKey());
    }

    private Choice choose(TransactionContext tx, String self, Level ownLevel, Ref ref, Set<String> vetoes) {
        var rows = tx.run(CANDIDATES, Map.of("self", self, "refKey", ref.key(),
                "query", MatchTerms.meetingsFor(ref.description()))).list();
        var candidates = new ArrayList<Description>();
        for (Record c : rows) {
            String convener = c.get("convener").asString(null);
            Integer year = c.get("year").isNull() ? null : c.get("year").asInt();
            candidates.add(new Description(c.get("key").asString(), c.get("name").asString(null), year,
                    convener, level(c.get("level"), convener)));
        }
        candidates.sort(Comparator.comparing(Description::key));
        Description wanted = ref.description();
        Choice best = null;
        for (Description c : candidates) {
            if (vetoes.contains(veto(ref.key(), c.key()))) {
                continue;
            }
            Optional<Match> m = MeetingMatcher.match(wanted, c, ownLevel);
            if (m.isEmpty() || m.get().confidence() < threshold) {
                continue;
            }
            if (best == null || outranks(m.get(), best.match())) {
                best = new Choice(c.key(), m.get(), false);
            }
        }
        return best != null ? best : new Choice(ref.key(), new Match(1.0, "exact", 1.0), true);
    }

    /** Higher confidence wins; at equal confidence an exact key match wins over a fuzzy one. */
    static boolean outranks(Match a, Match b) {
        if (a.confidence() != b.confidence()) {
            return a.confidence() > b.confidence();
        }
        return "exact".equals(a.matchedBy()) && !"exact".equals(b.matchedBy());
    }

    private void write(TransactionContext tx, String from, Choice choice, Map<String, Object> refProps) {
        var props = new HashMap<String, Object>(refProps);
        props.put("confidence", choice.match().confidence());
        props.put("similarity", choice.match().similarity());
        props.put("matchedBy", choice.match().matchedBy());
        tx.run(WRITE_EDGE, Map.of("self", from, "target", choice.targetKey(),
                "targetId", Ids.of("meeting", choice.targetKey()), "props", props));
    }

    private static void refreshPlaceholders(TransactionContext tx, Iterable<String> keys) {
        for (String key : keys) {
            var convener = tx.run("""
                    MATCH ()-[e:RELAYS]->(h:Meeting {key: $key, placeholder: true})
                    WITH h, e ORDER BY CASE WHEN e.refKey = h.key THEN 0 ELSE 1 END, e.article, e.start, e.refName
                    RETURN head(collect(e.refConvener)) AS convener""", Map.of("key", key)).list();
            String c = convener.isEmpty() || convener.get(0).get("convener").isNull() ? null
                    : convener.get(0).get("convener").asString();
            var params = new HashMap<String, Object>();
            params.put("key", key);
            params.put("convenerId", c == null ? null : Ids.of("organization", c));
            params.put("convenerLevel", c == null ? Level.UNKNOWN.name() : Levels.infer(c).name());
            tx.run(REFRESH_PLACEHOLDER, params);
        }
    }

    private static String veto(String refKey, String targetKey) {
        return refKey + ">" + targetKey;
    }

    /** A stored level, or the one inferred from the body's key when none is stored. */
    static Level level(Value stored, String key) {
        if (!stored.isNull()) {
            try {
                Level l = Level.valueOf(stored.asString());
                if (l != Level.UNKNOWN) {
                    return l;
                }
            } catch (IllegalArgumentException ignored) {
                // fall through to inference
            }
        }
        return key == null ? Level.UNKNOWN : Levels.infer(key);
    }
}
