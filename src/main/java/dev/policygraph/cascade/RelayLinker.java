package dev.policygraph.cascade;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import dev.policygraph.ingest.extract.Levels;
import dev.policygraph.ingest.extract.ShortForms;
import dev.policygraph.cascade.MeetingMatcher.Description;
import dev.policygraph.cascade.MeetingMatcher.Match;
import dev.policygraph.config.PolicygraphConfig;
import dev.policygraph.graph.Ids;
import dev.policygraph.graph.store.GraphStore.Tx;
import dev.policygraph.ingest.Level;
import dev.policygraph.ingest.RelayRef;
import dev.policygraph.ingest.script.Keys;

/**
 * Links relaying meetings to the meetings they relay, inside the transaction that wrote them.
 * <p>
 * The rule that makes ingest order irrelevant: a relay reference always points at the best-matching
 * <em>reported</em> meeting (highest confidence ≥ the link threshold, ties to the smaller key), else at a placeholder
 * meeting carrying the reference's own key. Every {@code RELAYS} edge stores the reference it came from
 * ({@code refKey, refName, refYear, refConvener}), so when a new meeting is reported the stored references that could
 * name it are re-scored and moved if it now matches better; a placeholder left without edges is deleted. Placeholder
 * display fields come from the reference with the smallest article id. Fuzzy edges ({@code matchedBy: 'fuzzy'}) are
 * the record of a merge that could be wrong; {@link #unlink} undoes one and remembers the veto.
 * <p>
 * A whole batch of articles is linked at once, after the batch is written: one read for the relaying meetings, one
 * for every reference's candidates, one for the stored references to re-score (the last two return keys, whose
 * meetings and conveners one more read each gets through {@link #MEETINGS}), the decisions in Java
 * ({@link MeetingMatcher}), then one statement per kind of write. A handful of statements per batch instead of
 * several per article, because each statement costs a round trip and its own full-text look-ups.
 */
@ApplicationScoped
public class RelayLinker {

    /**
     * A meeting an article reports, as the article describes it, with the references in it to meetings it relays
     * and their evidence.
     */
    public record Reported(String articleId, Description meeting, List<RelayRef> relays,
            List<Map<String, Object>> evidence) {

        String meetingKey() {
            return meeting.key();
        }
    }

    /** What a link call did: references placed on a reported meeting or on a placeholder, stored edges moved. */
    public record Links(int toReported, int toPlaceholders, int moved) {

        public static final Links NONE = new Links(0, 0, 0);
    }

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

    /** A stored meeting as a relaying side (its level and vetoes) and as a target (its description). */
    private record Meeting(Description description, Set<String> vetoes) {
    }

    /** A reference still to be placed, with the edge properties it will carry. */
    private record Pending(String from, Ref ref, Map<String, Object> props) {
    }

    /** Where a reference goes; {@code placeholder} when no reported meeting matched and it keeps its own key. */
    private record Choice(String targetKey, Match match, boolean placeholder) {
    }

    /**
     * Meetings by key, each with its own convener: the first by key of its {@code CONVENED} edges not taken from a
     * relay. The one statement that looks the convener up; the other reads return keys and go through it.
     */
    static final String MEETINGS = """
            UNWIND $keys AS key
            MATCH (m:Meeting {key: key})
            CALL {
              WITH m
              OPTIONAL MATCH (g:Organization)-[cv:CONVENED]->(m) WHERE cv.fromRelay IS NULL
              WITH g ORDER BY g.key
              RETURN head(collect(g)) AS g
            }
            RETURN m.key AS key, m.name AS name, m.year AS year, g.key AS convener, g.level AS level,
                   coalesce(m.relayVetoes, []) AS vetoes""";

    /**
     * Per reference: the reported meeting with the reference's own key (matches exactly even when its name is
     * generic), and the meetings that could match it fuzzily, found through {@link MatchTerms}.
     */
    private static final String CANDIDATES = """
            UNWIND $refs AS r
            CALL {
              WITH r
              MATCH (c:Meeting {key: r.refKey}) RETURN c
              UNION
              WITH r
              CALL db.index.fulltext.queryNodes('meeting_match', r.query) YIELD node AS c RETURN c
            }
            WITH r, c WHERE c.placeholder = false
            RETURN DISTINCT r.i AS ref, c.key AS key""";

    /**
     * Stored relay edges whose reference could name one of the just-reported meetings, with those meetings. An
     * exact edge to a reported meeting cannot be outranked, so it is not read.
     */
    private static final String EDGES_TO_RESCORE = """
            UNWIND $reported AS n
            CALL db.index.fulltext.queryRelationships('relay_match', n.query) YIELD relationship AS e
            MATCH (a:Meeting)-[e]->(t:Meeting)
            WHERE a.key <> n.key AND t.key <> n.key
              AND (t.placeholder OR e.matchedBy <> 'exact' OR e.confidence < 1.0) AND e.matchedBy <> 'user'
            WITH a, e, t, collect(n.key) AS candidates
            RETURN a.key AS from, t.key AS to, t.placeholder AS toPlaceholder, properties(e) AS props, candidates""";

    private static final String EXISTING_EDGE = """
            MATCH (:Meeting {key: $self})-[x:RELAYS]->(:Meeting {key: $target}) RETURN properties(x) AS props""";

    private static final String DELETE_EDGES = """
            UNWIND $pairs AS p
            MATCH (:Meeting {key: p.from})-[x:RELAYS]->(:Meeting {key: p.to})
            DELETE x""";

    /**
     * Writes each edge unless the same pair already has one from a better reference: surest, then smallest
     * reference key, article, offset (so the edge kept is the same whatever the ingest order). One row at a time,
     * so a later row sees an earlier one's edge.
     */
    private static final String WRITE_EDGES = """
            UNWIND $edges AS edge
            CALL {
              WITH edge
              MATCH (m:Meeting {key: edge.from})
              MERGE (t:Meeting {key: edge.target})
                ON CREATE SET t.id = edge.targetId, t.placeholder = true
              MERGE (m)-[x:RELAYS]->(t)
              WITH x, edge.props AS p
              WHERE x.refKey IS NULL OR x.confidence < p.confidence
                 OR x.confidence = p.confidence AND (x.refKey > p.refKey
                    OR x.refKey = p.refKey AND (x.article > p.article
                       OR x.article = p.article AND coalesce(x.start, 0) > coalesce(p.start, 0)))
              SET x = p
            }""";

    private static final String DROP_ORPHANS = """
            MATCH (h:Meeting {placeholder: true}) WHERE h.key IN $keys
              AND NOT EXISTS { ()-[:RELAYS]->(h) } AND NOT EXISTS { (h)<-[:REPORTS]-() }
            DETACH DELETE h""";

    /** The reference a placeholder takes its display from: the smallest article's, its own key's first. */
    private static final String PLACEHOLDER_SOURCE = """
            UNWIND $keys AS key
            MATCH ()-[e:RELAYS]->(h:Meeting {key: key, placeholder: true})
            WITH h, e ORDER BY CASE WHEN e.refKey = h.key THEN 0 ELSE 1 END, e.article, e.start, e.refName
            WITH h, head(collect(e)) AS e
            RETURN h.key AS key, e.refConvener AS convener""";

    /** Placeholder display and convener from {@link #PLACEHOLDER_SOURCE}'s reference: the same whatever the order. */
    private static final String REFRESH_PLACEHOLDERS = """
            UNWIND $rows AS row
            CALL {
              WITH row
              MATCH (h:Meeting {key: row.key, placeholder: true})
              MATCH ()-[e:RELAYS]->(h)
              WITH row, h, e ORDER BY CASE WHEN e.refKey = h.key THEN 0 ELSE 1 END, e.article, e.start, e.refName
              WITH row, h, head(collect(e)) AS e
              SET h.name = e.refName, h.simplifiedName = e.refSimplifiedName, h.searchText = e.refSimplifiedName,
                  h.year = e.refYear
              WITH row, h, e
              OPTIONAL MATCH ()-[old:CONVENED]->(h)
              DELETE old
              WITH DISTINCT row, h, e
              WHERE e.refConvener IS NOT NULL
              MERGE (g:Organization {key: e.refConvener})
                ON CREATE SET g.id = row.convenerId, g.name = e.refConvener, g.simplifiedName = e.refConvener,
                              g.searchText = e.refConvener, g.level = row.convenerLevel
              CREATE (g)-[c:CONVENED {fromRelay: true}]->(h)
              SET c.article = e.article, c.sentence = e.sentence, c.start = e.start, c.end = e.end,
                  c.evidence = e.evidence
            }""";

    /** A meeting's terms, from the article that describes it (the one whose name it displays). */
    private static final String MATCH_TEXT = """
            UNWIND $meetings AS row
            MATCH (m:Meeting {key: row.key}) WHERE m.describedBy = row.article
            SET m.matchText = row.text""";

    /** A sample of stored meetings' terms, to know the common grams before this process has reported many. */
    private static final String SAMPLE_TERMS = """
            MATCH (m:Meeting) WHERE m.matchText IS NOT NULL
            RETURN m.matchText AS terms LIMIT 5000""";

    private final double threshold;
    private final GramCounts grams = new GramCounts();
    private volatile boolean sampled;

    /** The default of {@code policygraph.cascade.link-threshold}. */
    public static final double DEFAULT_THRESHOLD = Double.parseDouble(PolicygraphConfig.Cascade.DEFAULT_LINK_THRESHOLD);

    @jakarta.inject.Inject
    public RelayLinker(PolicygraphConfig config) {
        this(config.cascade().linkThreshold());
    }

    /** @param threshold lowest confidence at which a reference links to a meeting of another name */
    public RelayLinker(double threshold) {
        this.threshold = threshold;
    }

    /**
     * Links meetings just written (created, or placeholders completed), in the order their articles came: stored
     * references that one of them now answers better move to it, then each meeting's own references are placed.
     */
    public Links link(Tx tx, List<Reported> reported) {
        describe(tx, reported);
        return place(tx, reported, true);
    }

    /** Writes the just-reported meetings' blocking terms, so that references can find them. */
    public void describe(Tx tx, List<Reported> reported) {
        if (reported.isEmpty()) {
            return;
        }
        tx.run(MATCH_TEXT, Map.of("meetings", reported.stream().map(r -> Map.<String, Object>of("key", r.meetingKey(),
                "article", r.articleId(), "text", MatchTerms.ofMeeting(r.meeting()))).toList()));
    }

    /**
     * Places the references of meetings already {@link #describe described}.
     *
     * @param rescore false only when no stored reference can have a better target among these meetings: every
     *                meeting was described before any reference of the run was placed, on a store that held none
     *                ({@link PendingRelays})
     */
    public Links place(Tx tx, List<Reported> reported, boolean rescore) {
        if (reported.isEmpty()) {
            return Links.NONE;
        }
        var keys = new LinkedHashSet<String>();
        reported.forEach(r -> keys.add(r.meetingKey()));
        sample(tx);
        Map<String, Meeting> meetings = meetings(tx, keys);
        meetings.values().forEach(m -> grams.observe(m.description()));

        var edges = new ArrayList<Map<String, Object>>();
        var deletes = new ArrayList<Map<String, Object>>();
        var left = new LinkedHashSet<String>(); // targets an edge moved away from
        if (rescore) {
            rescore(tx, meetings, edges, deletes, left);
        }

        var pending = new ArrayList<Pending>();
        for (Reported r : reported) {
            for (int i = 0; i < r.relays().size(); i++) {
                pending.add(pending(r.meetingKey(), r.relays().get(i), r.evidence().get(i)));
            }
        }
        var placeholders = new LinkedHashSet<String>();
        int toPlaceholders = 0;
        List<List<Description>> candidates = candidates(tx, pending);
        for (int i = 0; i < pending.size(); i++) {
            Pending p = pending.get(i);
            Meeting self = meetings.get(p.from());
            Choice choice = choose(p.ref(), candidates.get(i), self.description().convenerLevel(), self.vetoes());
            edges.add(edge(p.from(), choice, p.props()));
            if (choice.placeholder()) {
                placeholders.add(choice.targetKey()); // a reported target has no display fields to refresh
                toPlaceholders++;
            }
        }

        if (!deletes.isEmpty()) {
            tx.run(DELETE_EDGES, Map.of("pairs", deletes));
        }
        if (!edges.isEmpty()) {
            tx.run(WRITE_EDGES, Map.of("edges", edges));
        }
        if (!left.isEmpty()) {
            tx.run(DROP_ORPHANS, Map.of("keys", List.copyOf(left)));
        }
        placeholders.addAll(left);
        refreshPlaceholders(tx, placeholders);
        return new Links(pending.size() - toPlaceholders, toPlaceholders, deletes.size());
    }

    /**
     * Undoes a link: the edge from {@code fromKey} to {@code toKey} goes back to the next best meeting or to its own
     * placeholder, and the pair is vetoed so later ingests do not redo it. Exact matches cannot be undone.
     *
     * @return the key the relay now points at, or empty when there was no such fuzzy edge
     */
    public Optional<String> unlink(Tx tx, String fromKey, String toKey) {
        Map<String, Object> props = edgeProps(tx, fromKey, toKey);
        if (props == null || !"fuzzy".equals(props.get("matchedBy"))) {
            return Optional.empty();
        }
        Ref ref = Ref.of(props);
        tx.run("""
                MATCH (m:Meeting {key: $from})
                SET m.relayVetoes = coalesce(m.relayVetoes, []) + $veto""",
                Map.of("from", fromKey, "veto", veto(ref.key(), toKey)));
        Choice choice = replace(tx, fromKey, toKey, ref, props, meetings(tx, Set.of(fromKey)).get(fromKey));
        refreshPlaceholders(tx, Set.of(choice.targetKey()));
        return Optional.of(choice.targetKey());
    }

    /**
     * Points a relay at the meeting a user says it means: the edge from {@code fromKey} to {@code toKey} moves to
     * {@code targetKey} with its evidence, marked {@code matchedBy: user} so no later ingest moves it, and the old pair
     * is vetoed. Works on exact and fuzzy links alike.
     *
     * @return the target's key, or empty when there is no such edge or no such target meeting
     */
    public Optional<String> relink(Tx tx, String fromKey, String toKey, String targetKey) {
        Map<String, Object> props = edgeProps(tx, fromKey, toKey);
        if (props == null || tx.run("MATCH (t:Meeting {key: $key}) RETURN t.key AS key", Map.of("key", targetKey))
                .isEmpty() || fromKey.equals(targetKey)) {
            return Optional.empty();
        }
        if (toKey.equals(targetKey)) {
            return Optional.of(targetKey);
        }
        Ref ref = Ref.of(props);
        tx.run("""
                MATCH (m:Meeting {key: $from})
                SET m.relayVetoes = coalesce(m.relayVetoes, []) + $veto""",
                Map.of("from", fromKey, "veto", veto(ref.key(), toKey)));
        tx.run(DELETE_EDGES, Map.of("pairs", List.of(Map.of("from", fromKey, "to", toKey))));
        props.put("relinkedFrom", toKey);
        tx.run(WRITE_EDGES, Map.of("edges", List.of(edge(fromKey, new Choice(targetKey, new Match(1.0, "user", 1.0), false),
                props))));
        tx.run(DROP_ORPHANS, Map.of("keys", List.of(toKey)));
        return Optional.of(targetKey);
    }

    /** The properties of the edge between two meetings, or null when there is none. */
    private static Map<String, Object> edgeProps(Tx tx, String fromKey, String toKey) {
        var rows = tx.run(EXISTING_EDGE, Map.of("self", fromKey, "target", toKey));
        return rows.isEmpty() ? null : asMap(rows.get(0).get("props"));
    }

    /**
     * Places one stored reference again: its edge to {@code toKey} goes, and the best match now (or the reference's
     * own placeholder) gets an edge carrying {@code props}.
     */
    private Choice replace(Tx tx, String fromKey, String toKey, Ref ref, Map<String, Object> props,
            Meeting self) {
        tx.run(DELETE_EDGES, Map.of("pairs", List.of(Map.of("from", fromKey, "to", toKey))));
        Choice choice = choose(ref, candidates(tx, List.of(new Pending(fromKey, ref, props))).get(0),
                self.description().convenerLevel(), self.vetoes());
        tx.run(WRITE_EDGES, Map.of("edges", List.of(edge(fromKey, choice, props))));
        return choice;
    }

    private void sample(Tx tx) {
        if (!sampled) {
            sampled = true; // a race only counts a sample twice, which changes no decision
            tx.run(SAMPLE_TERMS).forEach(r -> grams.observeTerms(r.get("terms").asString(null)));
        }
    }

    private Map<String, Meeting> meetings(Tx tx, Set<String> keys) {
        var out = new HashMap<String, Meeting>();
        for (Record m : tx.run(MEETINGS, Map.of("keys", List.copyOf(keys)))) {
            Description d = description(m);
            out.put(d.key(), new Meeting(d, new LinkedHashSet<>(m.get("vetoes").asList(Value::asString))));
        }
        return out;
    }

    /** A reference as extraction read it against the relaying meeting's body, with the properties its edge carries. */
    private static Pending pending(String from, RelayRef r, Map<String, Object> evidence) {
        var ref = new Ref(r.key(), r.meetingName(), r.year(), r.convenerKey());
        var props = new HashMap<String, Object>(evidence);
        props.put("refKey", ref.key());
        props.put("refName", ref.name());
        props.put("refSimplifiedName", Keys.canonical(ref.name()));
        props.put("refYear", ref.year());
        props.put("refConvener", ref.convener());
        props.put("refMatch", MatchTerms.ofReference(ref.description()));
        return new Pending(from, ref, props);
    }

    /**
     * Re-places a stored reference whose key predates scope words read at extraction (migration V0005): the edge
     * from {@code fromKey} to {@code toKey} is written again as ingest would write it now
     * ({@link ShortForms#relayTarget}, against the relaying meeting's stored convener).
     *
     * @return the key the relay now points at, or empty when the reference's key does not change
     */
    public Optional<String> rescope(Tx tx, String fromKey, String toKey) {
        Map<String, Object> props = edgeProps(tx, fromKey, toKey);
        if (props == null) {
            return Optional.empty();
        }
        Ref old = Ref.of(props);
        Meeting self = meetings(tx, Set.of(fromKey)).get(fromKey);
        String key = ShortForms.relayTarget(old.key(), old.name(), old.year(), old.convener(),
                self.description().convenerKey()).key();
        if (key == null || key.equals(old.key())) {
            return Optional.empty();
        }
        var ref = new Ref(key, old.name(), old.year(), old.convener());
        props.put("refKey", key);
        props.put("refMatch", MatchTerms.ofReference(ref.description()));
        Choice choice = replace(tx, fromKey, toKey, ref, props, self);
        tx.run(DROP_ORPHANS, Map.of("keys", List.of(toKey)));
        var refresh = new LinkedHashSet<String>(List.of(toKey));
        if (choice.placeholder()) {
            refresh.add(choice.targetKey());
        }
        refreshPlaceholders(tx, refresh);
        return Optional.of(choice.targetKey());
    }

    /** Each pending reference's candidate meetings, in the order of {@code pending}. */
    private List<List<Description>> candidates(Tx tx, List<Pending> pending) {
        var out = new ArrayList<List<Description>>(pending.size());
        // one look-up per distinct reference: many meetings of a batch relay the same higher meeting
        var lookups = new LinkedHashMap<List<String>, Integer>();
        var lookupOf = new int[pending.size()];
        var params = new ArrayList<Map<String, Object>>();
        for (int i = 0; i < pending.size(); i++) {
            Pending p = pending.get(i);
            out.add(new ArrayList<>());
            String query = MatchTerms.meetingsFor(p.ref().description(), threshold, grams::count);
            lookupOf[i] = lookups.computeIfAbsent(List.of(p.ref().key(), query), k -> {
                params.add(Map.of("i", params.size(), "refKey", k.get(0), "query", k.get(1)));
                return params.size() - 1;
            });
        }
        if (params.isEmpty()) {
            return out;
        }
        List<Record> rows = tx.run(CANDIDATES, Map.of("refs", params));
        var keys = new LinkedHashSet<String>();
        rows.forEach(c -> keys.add(c.get("key").asString()));
        Map<String, Meeting> found = meetings(tx, keys);
        var byLookup = new ArrayList<List<Description>>();
        params.forEach(p -> byLookup.add(new ArrayList<>()));
        for (Record c : rows) {
            byLookup.get(c.get("ref").asInt()).add(found.get(c.get("key").asString()).description());
        }
        for (int i = 0; i < pending.size(); i++) {
            String self = pending.get(i).from();
            for (Description d : byLookup.get(lookupOf[i])) {
                if (!d.key().equals(self)) { // a meeting never relays itself
                    out.get(i).add(d);
                }
            }
        }
        return out;
    }

    /** A meeting as {@link #MEETINGS} returns it: key, name, year, convener and its level. */
    static Description description(Record m) {
        String convener = m.get("convener").asString(null);
        Integer year = m.get("year").isNull() ? null : m.get("year").asInt();
        return new Description(m.get("key").asString(), m.get("name").asString(null), year, convener,
                level(m.get("level"), convener));
    }

    /**
     * Stored references that a just-reported meeting answers better than where they point move to the best such
     * meeting. A placeholder target always loses to a reported one; otherwise surer wins, then the smaller key.
     */
    private void rescore(Tx tx, Map<String, Meeting> reported, List<Map<String, Object>> edges,
            List<Map<String, Object>> deletes, Set<String> left) {
        var queries = new ArrayList<Map<String, Object>>();
        reported.values().forEach(m -> queries.add(Map.of("key", m.description().key(),
                "query", MatchTerms.referencesTo(m.description(), threshold, grams::count))));
        List<Record> rows = tx.run(EDGES_TO_RESCORE, Map.of("reported", queries));
        var relaying = new LinkedHashSet<String>();
        rows.forEach(e -> relaying.add(e.get("from").asString()));
        Map<String, Meeting> froms = relaying.isEmpty() ? Map.of() : meetings(tx, relaying);
        for (Record e : rows) {
            Map<String, Object> props = asMap(e.get("props"));
            Ref ref = Ref.of(props);
            String from = e.get("from").asString();
            String to = e.get("to").asString();
            Level fromLevel = froms.get(from).description().convenerLevel();
            Set<String> vetoes = froms.get(from).vetoes();
            Choice best = null;
            for (String key : e.get("candidates").asList(Value::asString).stream().sorted().toList()) {
                if (vetoes.contains(veto(ref.key(), key))) {
                    continue;
                }
                Optional<Match> m = MeetingMatcher.match(ref.description(), reported.get(key).description(), fromLevel);
                if (m.isPresent() && m.get().confidence() >= threshold && (best == null || outranks(m.get(), best.match()))) {
                    best = new Choice(key, m.get(), false);
                }
            }
            if (best == null) {
                continue;
            }
            double current = ((Number) props.getOrDefault("confidence", 0.0)).doubleValue();
            var currentMatch = new Match(current, String.valueOf(props.get("matchedBy")), 0);
            boolean better = e.get("toPlaceholder").asBoolean(false) || outranks(best.match(), currentMatch)
                    || !outranks(currentMatch, best.match()) && best.targetKey().compareTo(to) < 0;
            if (better) {
                deletes.add(Map.of("from", from, "to", to));
                edges.add(edge(from, best, props));
                left.add(to);
            }
        }
    }

    private Choice choose(Ref ref, List<Description> candidates, Level ownLevel, Set<String> vetoes) {
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

    private static Map<String, Object> edge(String from, Choice choice, Map<String, Object> refProps) {
        var props = new HashMap<String, Object>(refProps);
        props.put("confidence", choice.match().confidence());
        props.put("similarity", choice.match().similarity());
        props.put("matchedBy", choice.match().matchedBy());
        return Map.of("from", from, "target", choice.targetKey(), "targetId", Ids.of("meeting", choice.targetKey()),
                "props", props);
    }

    private static void refreshPlaceholders(Tx tx, Set<String> keys) {
        if (keys.isEmpty()) {
            return;
        }
        var rows = new ArrayList<Map<String, Object>>();
        for (Record r : tx.run(PLACEHOLDER_SOURCE, Map.of("keys", List.copyOf(keys)))) {
            String c = r.get("convener").asString(null);
            var row = new HashMap<String, Object>();
            row.put("key", r.get("key").asString());
            row.put("convenerId", c == null ? null : Ids.of("organization", c));
            row.put("convenerLevel", c == null ? Level.UNKNOWN.name() : Levels.infer(c).name());
            rows.add(row);
        }
        if (!rows.isEmpty()) {
            tx.run(REFRESH_PLACEHOLDERS, Map.of("rows", rows));
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Value v) {
        return new LinkedHashMap<>((Map<String, Object>) (Map<?, ?>) v.asMap());
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
