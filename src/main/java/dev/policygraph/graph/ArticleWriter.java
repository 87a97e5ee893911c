package dev.policygraph.graph;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;


import dev.policygraph.cascade.Hierarchy;
import dev.policygraph.cascade.MatchTerms;
import dev.policygraph.cascade.MeetingMatcher;
import dev.policygraph.cascade.RelayLinker;
import dev.policygraph.graph.store.GraphStore;
import dev.policygraph.graph.store.GraphStore.Tx;
import dev.policygraph.ingest.ArticleGraph;
import dev.policygraph.ingest.Evidence;
import dev.policygraph.ingest.MeetingItem;
import dev.policygraph.ingest.OfficialRef;
import dev.policygraph.ingest.OrganizationRef;
import dev.policygraph.ingest.TaskItem;
import dev.policygraph.ingest.script.Script;

/**
 * Writes one extracted article in one transaction, MERGE-ing every node on its canonical key: re-ingesting the
 * same text changes nothing, a failure leaves nothing half-written, and overlapping articles share nodes.
 * <p>
 * Display properties of a shared node, and the evidence of a relationship several articles assert, are taken from
 * the article with the smallest id, so the graph does not depend on ingest order. A meeting only referred to (relayed) is a placeholder until an article
 * reports it; {@link RelayLinker} links relays across articles (fuzzy names, placeholders completed later) and
 * {@link Hierarchy} gives bodies their level and {@code SUBORDINATE_TO}.
 */
@ApplicationScoped
public class ArticleWriter {

    /** What a write did. */
    public record Outcome(String articleId, boolean created) {
    }

    /*
     * Claims the article: MERGE on the uniquely constrained id takes the index lock, so of several writers of the
     * same text exactly one sees fresh = true and the others wait for it, then see false. (A check-then-CREATE
     * let two writers both create, and one failed with ConstraintValidationFailed.)
     */
    private static final String ARTICLE_EXISTS = """
            MATCH (a:Article {id: $id}) RETURN a.id AS id
            """;

    private static final String CLAIM_ARTICLE = """
            MERGE (a:Article {id: $id})
              ON CREATE SET a.ingestedAt = datetime(), a.claimed = true
            WITH a, a.claimed IS NOT NULL AS fresh
            REMOVE a.claimed
            RETURN fresh
            """;

    private static final String CREATE_ARTICLE = """
            MATCH (a:Article {id: $id})
            SET a += $props
            """;

    private static final String MERGE_ORGANIZATIONS = """
            MATCH (a:Article {id: $article})
            UNWIND $organizations AS o
            MERGE (g:Organization {key: o.key})
              ON CREATE SET g.id = o.id, g.level = o.level
            SET g.level = CASE WHEN g.level = 'UNKNOWN' THEN o.level ELSE g.level END
            FOREACH (_ IN CASE WHEN g.describedBy IS NULL OR $article < g.describedBy THEN [1] ELSE [] END |
              SET g.name = o.name, g.simplifiedName = o.simplifiedName, g.searchText = o.searchText, g.describedBy = $article)
            MERGE (a)-[:MENTIONS]->(g)
            """;

    private static final String MERGE_OFFICIALS = """
            MATCH (a:Article {id: $article})
            UNWIND $officials AS p
            MERGE (o:Official {key: p.key})
              ON CREATE SET o.id = p.id
            FOREACH (_ IN CASE WHEN o.describedBy IS NULL OR $article < o.describedBy THEN [1] ELSE [] END |
              SET o.name = p.name, o.simplifiedName = p.simplifiedName, o.searchText = p.simplifiedName,
                  o.describedBy = $article)
            MERGE (a)-[m:MENTIONS]->(o)
            FOREACH (earliest IN CASE WHEN m.article IS NULL OR p.evidence.article < m.article THEN [1] ELSE [] END | SET m += p.evidence)
            WITH o, p
            OPTIONAL MATCH (g:Organization {key: p.organization})
            FOREACH (title IN CASE WHEN g IS NULL THEN [] ELSE p.titles END |
              MERGE (o)-[h:HELD {title: title, asOf: p.asOf}]->(g)
              FOREACH (earliest IN CASE WHEN h.article IS NULL OR p.evidence.article < h.article THEN [1] ELSE [] END | SET h += p.evidence))
            """;

    private static final String MERGE_MEETING = """
            MATCH (a:Article {id: $article})
            MERGE (m:Meeting {key: $meeting.key})
              ON CREATE SET m.id = $meeting.id
            FOREACH (_ IN CASE WHEN coalesce(m.placeholder, true) OR $article < m.describedBy THEN [1] ELSE [] END |
              SET m += $meeting.props, m.placeholder = false, m.describedBy = $article)
            MERGE (a)-[r:REPORTS]->(m)
            FOREACH (earliest IN CASE WHEN r.article IS NULL OR $meeting.evidence.article < r.article THEN [1] ELSE [] END | SET r += $meeting.evidence)
            WITH m
            OPTIONAL MATCH ()-[relayed:CONVENED {fromRelay: true}]->(m)
            DELETE relayed
            WITH DISTINCT m
            OPTIONAL MATCH (g:Organization {key: $meeting.convenedBy})
            FOREACH (_ IN CASE WHEN g IS NULL THEN [] ELSE [1] END |
              MERGE (g)-[c:CONVENED]->(m) FOREACH (earliest IN CASE WHEN c.article IS NULL OR $meeting.evidence.article < c.article THEN [1] ELSE [] END | SET c += $meeting.evidence))
            """;

    private static final String MERGE_PARTICIPANTS = """
            MATCH (m:Meeting {key: $meeting})
            UNWIND $participants AS p
            MATCH (o:Official {key: p.official})
            FOREACH (_ IN CASE p.role WHEN 'ATTENDED' THEN [1] ELSE [] END |
              MERGE (o)-[r:ATTENDED]->(m) FOREACH (earliest IN CASE WHEN r.article IS NULL OR p.evidence.article < r.article THEN [1] ELSE [] END | SET r += p.evidence))
            FOREACH (_ IN CASE p.role WHEN 'CHAIRED' THEN [1] ELSE [] END |
              MERGE (o)-[r:CHAIRED]->(m) FOREACH (earliest IN CASE WHEN r.article IS NULL OR p.evidence.article < r.article THEN [1] ELSE [] END | SET r += p.evidence))
            FOREACH (_ IN CASE p.role WHEN 'SPOKE' THEN [1] ELSE [] END |
              MERGE (o)-[r:SPOKE_AT]->(m) FOREACH (earliest IN CASE WHEN r.article IS NULL OR p.evidence.article < r.article THEN [1] ELSE [] END | SET r += p.evidence))
            """;

    private static final String MERGE_VENUES = """
            MATCH (m:Meeting {key: $meeting})
            UNWIND $venues AS v
            MATCH (g:Organization {key: v.organization})
            MERGE (g)-[t:TOOK_PART {venue: v.venue}]->(m)
            FOREACH (earliest IN CASE WHEN t.article IS NULL OR v.evidence.article < t.article THEN [1] ELSE [] END | SET t += v.evidence)
            """;

    private static final String MERGE_DIRECTIVES = """
            MATCH (m:Meeting {key: $meeting})
            UNWIND $directives AS d
            MERGE (x:Directive {key: d.key})
              ON CREATE SET x.id = d.id
            FOREACH (_ IN CASE WHEN x.describedBy IS NULL OR $article < x.describedBy THEN [1] ELSE [] END |
              SET x.text = d.text, x.simplifiedText = d.simplifiedText, x.searchText = d.searchText, x.describedBy = $article)
            MERGE (m)-[i:IMPLEMENTS]->(x)
            FOREACH (earliest IN CASE WHEN i.article IS NULL OR d.evidence.article < i.article THEN [1] ELSE [] END | SET i += d.evidence)
            FOREACH (issuer IN d.officialIssuers |
              MERGE (o:Official {key: issuer.key})
                ON CREATE SET o.id = issuer.id, o.name = issuer.name, o.simplifiedName = issuer.key,
                              o.searchText = issuer.key, o.describedBy = $article
              MERGE (o)-[s:ISSUED]->(x) FOREACH (earliest IN CASE WHEN s.article IS NULL OR d.evidence.article < s.article THEN [1] ELSE [] END | SET s += d.evidence))
            FOREACH (issuer IN d.organizationIssuers |
              MERGE (g:Organization {key: issuer.key})
                ON CREATE SET g.id = issuer.id, g.name = issuer.name, g.simplifiedName = issuer.simplifiedName,
                              g.searchText = issuer.searchText, g.level = issuer.level, g.describedBy = $article
              MERGE (g)-[s:ISSUED]->(x) FOREACH (earliest IN CASE WHEN s.article IS NULL OR d.evidence.article < s.article THEN [1] ELSE [] END | SET s += d.evidence))
            """;

    private static final String MERGE_INITIATIVES = """
            MATCH (a:Article {id: $article})
            UNWIND $initiatives AS i
            MERGE (n:Initiative {key: i.key})
              ON CREATE SET n.id = i.id
            FOREACH (_ IN CASE WHEN n.describedBy IS NULL OR $article < n.describedBy THEN [1] ELSE [] END |
              SET n.name = i.name, n.simplifiedName = i.simplifiedName, n.searchText = i.searchText, n.describedBy = $article)
            MERGE (a)-[m:MENTIONS]->(n)
            FOREACH (earliest IN CASE WHEN m.article IS NULL OR i.evidence.article < m.article THEN [1] ELSE [] END | SET m += i.evidence)
            """;

    private static final String MERGE_PART_OF = """
            UNWIND $partOf AS p
            MATCH (c:Initiative {key: p.child}), (g:Initiative {key: p.parent})
            MERGE (c)-[r:PART_OF]->(g)
            FOREACH (earliest IN CASE WHEN r.article IS NULL OR p.evidence.article < r.article THEN [1] ELSE [] END | SET r += p.evidence)
            """;

    private static final String MERGE_TASKS = """
            MATCH (m:Meeting {key: $meeting})
            UNWIND $tasks AS t
            MERGE (x:Task {key: t.key})
              ON CREATE SET x.id = t.id
            FOREACH (_ IN CASE WHEN x.describedBy IS NULL OR $article < x.describedBy THEN [1] ELSE [] END |
              SET x += t.props, x.describedBy = $article)
            MERGE (m)-[r:ASSIGNED]->(x)
            FOREACH (earliest IN CASE WHEN r.article IS NULL OR t.evidence.article < r.article THEN [1] ELSE [] END | SET r += t.evidence)
            FOREACH (a IN t.actions |
              MERGE (y:Task {key: a.key})
                ON CREATE SET y.id = a.id
              FOREACH (_ IN CASE WHEN y.describedBy IS NULL OR $article < y.describedBy THEN [1] ELSE [] END |
                SET y += a.props, y.describedBy = $article)
              MERGE (x)-[h:HAS_ACTION]->(y) FOREACH (earliest IN CASE WHEN h.article IS NULL OR t.evidence.article < h.article THEN [1] ELSE [] END | SET h += t.evidence))
            FOREACH (i IN t.initiatives |
              MERGE (n:Initiative {key: i})
              MERGE (x)-[v:ADVANCES]->(n) FOREACH (earliest IN CASE WHEN v.article IS NULL OR t.evidence.article < v.article THEN [1] ELSE [] END | SET v += t.evidence))
            WITH x, t
            OPTIONAL MATCH (o:Official {key: t.setBy})
            FOREACH (_ IN CASE WHEN o IS NULL THEN [] ELSE [1] END |
              MERGE (o)-[s:SET]->(x) FOREACH (earliest IN CASE WHEN s.article IS NULL OR t.evidence.article < s.article THEN [1] ELSE [] END | SET s += t.evidence))
            """;

    /**
     * The statements above for a whole batch, each article in its own subquery, in order. Same clauses, with
     * {@code $article} read as {@code art.id} and {@code $meeting} as the meeting row {@code mt}. Relay linking,
     * which reads as it writes, follows for the whole batch at once, in the same transaction.
     * <p>
     * {@code replan=skip}: compiling this statement costs seconds, and on a store that is growing fast Neo4j would
     * otherwise re-plan it every few batches as the statistics move. Every lookup in it is on a uniquely
     * constrained key, so the first plan stays right.
     */
    private static final String WRITE_BATCH = """
            CYPHER replan=skip
            UNWIND $articles AS art
            CALL {
              WITH art
              // the same claim as CLAIM_ARTICLE: concurrent writers of one text wait, then see it taken
              MERGE (claim:Article {id: art.id})
                ON CREATE SET claim.ingestedAt = datetime(), claim.claimed = true
              WITH art, claim, claim.claimed IS NOT NULL AS created
              REMOVE claim.claimed
              WITH art, created
              CALL {
                WITH art, created
                WITH art WHERE created
            """ + inArticle(CREATE_ARTICLE) + """
                WITH a, art
            """ + subquery("a, art", inArticle(MERGE_ORGANIZATIONS))
            + subquery("a, art", inArticle(Hierarchy.LINK))
            + subquery("a, art", inArticle(MERGE_OFFICIALS))
            + subquery("a, art", inArticle(MERGE_INITIATIVES))
            + subquery("a, art", inArticle(MERGE_PART_OF))
            + subquery("a, art", """
                UNWIND art.meetings AS mt
            """ + subquery("a, art, mt", inMeeting(MERGE_MEETING))
            + subquery("a, art, mt", inMeeting(MERGE_PARTICIPANTS))
            + subquery("a, art, mt", inMeeting(MERGE_VENUES))
            + subquery("a, art, mt", inMeeting(MERGE_DIRECTIVES))
            + subquery("a, art, mt", inMeeting(MERGE_TASKS))) + """
              }
              RETURN created
            }
            RETURN art.id AS id, created
            """;

    /** An article-level statement with its parameters read from the batch row {@code art}. */
    private static String inArticle(String statement) {
        return statement.replace("MATCH (a:Article {id: $article})\n", "")
                .replace("$article", "art.id")
                .replace("{id: $id}", "{id: art.id}")
                .replace("$props", "art.props")
                .replace("$organizations", "art.organizations")
                .replace("$officials", "art.officials")
                .replace("$initiatives", "art.initiatives")
                .replace("$partOf", "art.partOf")
                .replace("$bodies", "art.hierarchy.bodies")
                .replace("$links", "art.hierarchy.links");
    }

    /** A meeting-level statement with its parameters read from the meeting row {@code mt}. */
    private static String inMeeting(String statement) {
        return statement.replace("MATCH (a:Article {id: $article})\n", "")
                .replace("$article", "art.id")
                .replace("$meeting.", "mt.meeting.")
                .replace("$meeting", "mt.meeting.key")
                .replace("WITH m\n", "WITH m, mt\n")
                .replace("WITH DISTINCT m\n", "WITH DISTINCT m, mt\n")
                .replace("$participants", "mt.participants")
                .replace("$venues", "mt.venues")
                .replace("$directives", "mt.directives")
                .replace("$tasks", "mt.tasks");
    }

    private static String subquery(String imports, String body) {
        if (body.contains("$")) {
            throw new IllegalStateException("a statement parameter has no batch slot: " + body);
        }
        return "CALL {\nWITH " + imports + "\n" + body + "}\n";
    }

    private final GraphStore store;
    private final RelayLinker relayLinker;
    private final Hierarchy hierarchy;

    /** Outside CDI (the bulk ingest command, tests): the default link threshold. */
    public ArticleWriter(GraphStore store) {
        this(store, new RelayLinker(RelayLinker.DEFAULT_THRESHOLD), new Hierarchy());
    }

    @jakarta.inject.Inject
    public ArticleWriter(GraphStore store, RelayLinker relayLinker, Hierarchy hierarchy) {
        this.store = store;
        this.relayLinker = relayLinker;
        this.hierarchy = hierarchy;
    }

    public boolean exists(String articleId) {
        return !store.query(ARTICLE_EXISTS, Map.of("id", articleId)).isEmpty();
    }

    /** Writes the article unless an article with the same content hash is already stored. */
    public Outcome write(ArticleGraph article) {
        return writeBatch(List.of(article)).get(0);
    }

    /**
     * Writes several articles in one transaction (bulk ingest): all or none. Articles already stored are skipped.
     * <p>
     * The whole batch is one statement: each article runs in its own {@code CALL} subquery, which sees what the
     * articles before it wrote, so the graph is the same as writing the articles one by one in this order (a test
     * compares the two), with one round trip and one plan instead of a dozen per article.
     *
     * @return one outcome per article, in order
     */
    public List<Outcome> writeBatch(List<ArticleGraph> articles) {
        var rows = new ArrayList<Map<String, Object>>(articles.size());
        var links = new ArrayList<BatchRow>(articles.size());
        for (ArticleGraph article : articles) {
            var row = new BatchRow();
            writeAll(row, articleId(article), article);
            rows.add(row.values);
            links.add(row);
        }
        return store.write(tx -> {
                var outcomes = new ArrayList<Outcome>(articles.size());
                tx.run(WRITE_BATCH, Map.of("articles", rows)).forEach(r -> outcomes.add(
                        new Outcome(r.get("id").asString(), r.get("created").asBoolean())));
                var reported = new ArrayList<RelayLinker.Reported>();
                for (int i = 0; i < outcomes.size(); i++) {
                    if (outcomes.get(i).created()) {
                        reported.addAll(links.get(i).reported);
                    }
                }
                relayLinker.link(tx, reported);
                return outcomes;
        });
    }

    /** The statement-by-statement path, one round trip per statement: the reference the batched path must match. */
    List<Outcome> writeOneByOne(List<ArticleGraph> articles) {
        return store.write(tx -> {
                var outcomes = new ArrayList<Outcome>(articles.size());
                for (ArticleGraph article : articles) {
                    String articleId = articleId(article);
                    // MERGE, not check-then-create: a concurrent writer of the same text waits, then sees it claimed.
                    boolean fresh = tx.run(CLAIM_ARTICLE, Map.of("id", articleId)).get(0).get("fresh").asBoolean();
                    if (fresh) {
                        writeAll(new Direct(tx, relayLinker), articleId, article);
                    }
                    outcomes.add(new Outcome(articleId, fresh));
                }
                return outcomes;
        });
    }

    /** Where the per-article statements go: run one by one, or collected into one batch row. */
    private interface Sink {
        void run(String statement, Map<String, Object> parameters);

        /** A meeting to link (relay linking reads the graph): now, or in a batch after the batch statement. */
        void link(RelayLinker.Reported meeting);
    }

    /** Runs every statement and links every meeting at once, in the transaction. */
    private record Direct(Tx tx, RelayLinker linker) implements Sink {
        @Override
        public void run(String statement, Map<String, Object> parameters) {
            tx.run(statement, parameters);
        }

        @Override
        public void link(RelayLinker.Reported meeting) {
            linker.link(tx, List.of(meeting));
        }
    }

    /** Collects one article's statement parameters into the row {@link #WRITE_BATCH} reads. */
    private static final class BatchRow implements Sink {
        final Map<String, Object> values = new HashMap<>();
        final List<RelayLinker.Reported> reported = new ArrayList<>();
        private Map<String, Object> meeting;

        @Override
        public void link(RelayLinker.Reported meeting) {
            reported.add(meeting);
        }

        @Override
        @SuppressWarnings("unchecked")
        public void run(String statement, Map<String, Object> p) {
            if (statement == CREATE_ARTICLE) {
                values.put("id", p.get("id"));
                values.put("props", p.get("props"));
                values.put("meetings", new ArrayList<Map<String, Object>>());
            } else if (statement == MERGE_ORGANIZATIONS) {
                values.put("organizations", p.get("organizations"));
            } else if (statement == Hierarchy.LINK) {
                values.put("hierarchy", p);
            } else if (statement == MERGE_OFFICIALS) {
                values.put("officials", p.get("officials"));
            } else if (statement == MERGE_INITIATIVES) {
                values.put("initiatives", p.get("initiatives"));
            } else if (statement == MERGE_PART_OF) {
                values.put("partOf", p.get("partOf"));
            } else if (statement == MERGE_MEETING) {
                meeting = new HashMap<>();
                meeting.put("meeting", p.get("meeting"));
                ((List<Map<String, Object>>) values.get("meetings")).add(meeting);
            } else if (statement == MERGE_PARTICIPANTS) {
                meeting.put("participants", p.get("participants"));
            } else if (statement == MERGE_VENUES) {
                meeting.put("venues", p.get("venues"));
            } else if (statement == MERGE_DIRECTIVES) {
                meeting.put("directives", p.get("directives"));
            } else if (statement == MERGE_TASKS) {
                meeting.put("tasks", p.get("tasks"));
            } else {
                throw new IllegalStateException("no batch slot for statement " + statement);
            }
        }
    }

    public static String articleId(ArticleGraph article) {
        return Ids.of("article", article.id());
    }

    private void writeAll(Sink tx, String articleId, ArticleGraph article) {
        tx.run(CREATE_ARTICLE, Map.of("id", articleId, "props", articleProps(article)));
        var organizations = new LinkedHashMap<String, Map<String, Object>>();
        article.organizations().forEach(o -> organizations.putIfAbsent(o.key(), organization(o)));
        article.meetings().forEach(m -> {
            if (m.convenedBy() != null) {
                organizations.putIfAbsent(m.convenedBy().key(), organization(m.convenedBy()));
            }
            m.venues().forEach(v -> v.attendees().forEach(o -> organizations.putIfAbsent(o.key(), organization(o))));
            m.relays().forEach(r -> {
                if (r.convenedBy() != null) {
                    organizations.putIfAbsent(r.convenedBy().key(), organization(r.convenedBy()));
                }
            });
        });
        article.officials().forEach(p -> {
            if (p.organization() != null) {
                organizations.putIfAbsent(p.organization().key(), organization(p.organization()));
            }
        });
        tx.run(MERGE_ORGANIZATIONS, Map.of("article", articleId, "organizations", List.copyOf(organizations.values())));
        var bodies = List.copyOf(organizations.keySet());
        tx.run(Hierarchy.LINK, hierarchy.parameters(bodies));

        String asOf = asOf(article);
        tx.run(MERGE_OFFICIALS, Map.of("article", articleId,
                "officials", article.officials().stream().map(p -> official(p, asOf, articleId)).toList()));
        tx.run(MERGE_INITIATIVES, Map.of("article", articleId,
                "initiatives", article.initiatives().stream().map(i -> Map.<String, Object>of(
                        "key", i.key(), "id", Ids.of("initiative", i.key()), "name", i.name(),
                        "simplifiedName", Script.simplify(i.name()), "searchText", searchText(i.key(), i.name()),
                        "evidence", evidence(articleId, i.evidence()))).toList()));
        tx.run(MERGE_PART_OF, Map.of("partOf", article.partOf().stream().map(p -> Map.<String, Object>of(
                "child", p.childKey(), "parent", p.parentKey(),
                "evidence", evidence(articleId, p.evidence()))).toList()));

        var issuers = new HashMap<String, OrganizationRef>();
        article.organizations().forEach(o -> {
            issuers.put(o.name(), o);
            issuers.put(o.key(), o);
        });
        for (MeetingItem meeting : article.meetings()) {
            writeMeeting(tx, articleId, meeting, issuers);
        }
    }

    private void writeMeeting(Sink tx, String articleId, MeetingItem meeting,
            Map<String, OrganizationRef> organizationsByName) {
        var props = new HashMap<String, Object>();
        props.put("name", meeting.name());
        props.put("simplifiedName", Script.simplify(meeting.name()));
        props.put("searchText", Script.simplify(meeting.name()));
        props.put("form", meeting.form());
        props.put("date", meeting.date());
        props.put("datePrecision", meeting.datePrecision() == null ? null : meeting.datePrecision().name());
        props.put("year", meeting.date() == null ? null : meeting.date().getYear());
        props.put("matchText", MatchTerms.ofMeeting(new MeetingMatcher.Description(meeting.key(), meeting.name(),
                (Integer) props.get("year"), meeting.convenedBy() == null ? null : meeting.convenedBy().key(), null)));
        var params = new HashMap<String, Object>();
        params.put("key", meeting.key());
        params.put("id", Ids.of("meeting", meeting.key()));
        params.put("props", props);
        params.put("evidence", evidence(articleId, meeting.evidence()));
        params.put("convenedBy", meeting.convenedBy() == null ? null : meeting.convenedBy().key());
        tx.run(MERGE_MEETING, Map.of("article", articleId, "meeting", params));

        String key = meeting.key();
        tx.run(MERGE_PARTICIPANTS, Map.of("meeting", key, "participants", meeting.participants().stream()
                .map(p -> Map.<String, Object>of("official", p.officialKey(), "role", p.role().name(),
                        "evidence", evidence(articleId, p.evidence())))
                .toList()));
        var venues = new ArrayList<Map<String, Object>>();
        meeting.venues().forEach(v -> v.attendees().forEach(o -> venues.add(Map.of(
                "venue", v.name(), "organization", o.key(), "evidence", evidence(articleId, v.evidence())))));
        tx.run(MERGE_VENUES, Map.of("meeting", key, "venues", venues));

        tx.run(MERGE_DIRECTIVES, Map.of("article", articleId, "meeting", key, "directives",
                meeting.directives().stream().map(d -> {
                    var officials = new ArrayList<Map<String, Object>>();
                    var bodies = new ArrayList<Map<String, Object>>();
                    for (String issuer : d.issuedBy()) {
                        OrganizationRef body = organizationsByName.get(issuer);
                        if (body != null) {
                            bodies.add(organization(body));
                        } else {
                            String issuerKey = Script.simplify(issuer);
                            officials.add(Map.of("key", issuerKey, "id", Ids.of("official", issuerKey), "name", issuer));
                        }
                    }
                    var m = new HashMap<String, Object>();
                    m.put("key", d.key());
                    m.put("id", Ids.of("directive", d.key()));
                    m.put("text", d.text());
                    m.put("simplifiedText", Script.simplify(d.text()));
                    m.put("searchText", searchText(d.key(), d.text()));
                    var withVerb = new HashMap<>(evidence(articleId, d.evidence()));
                    withVerb.put("verb", d.verb());
                    m.put("evidence", withVerb);
                    m.put("officialIssuers", officials);
                    m.put("organizationIssuers", bodies);
                    return (Map<String, Object>) m;
                }).toList()));

        tx.run(MERGE_TASKS, Map.of("article", articleId, "meeting", key, "tasks",
                meeting.tasks().stream().map(t -> task(articleId, key, t)).toList()));

        var relayEvidence = meeting.relays().stream().map(r -> evidence(articleId, r.evidence())).toList();
        tx.link(new RelayLinker.Reported(key, meeting.relays(), relayEvidence));
    }

    /** A task is identified by its meeting, its kind and its order there. */
    public static String taskKey(String meetingKey, TaskItem t) {
        return meetingKey + "#" + t.kind().name() + "-" + t.n();
    }

    private static Map<String, Object> task(String articleId, String meetingKey, TaskItem t) {
        String key = taskKey(meetingKey, t);
        var props = new HashMap<String, Object>();
        props.put("kind", t.kind().name());
        props.put("n", t.n());
        props.put("focus", t.focus());
        props.put("goal", t.goal());
        props.put("text", t.text());
        props.put("searchText", Script.simplify(t.text()));
        var actions = new ArrayList<Map<String, Object>>();
        for (int i = 0; i < t.actions().size(); i++) {
            String actionKey = key + "." + (i + 1);
            String text = t.actions().get(i);
            actions.add(Map.of("key", actionKey, "id", Ids.of("task", actionKey), "props", Map.of(
                    "kind", "ACTION", "n", i + 1, "text", text, "goal", text,
                    "searchText", Script.simplify(text))));
        }
        var m = new HashMap<String, Object>();
        m.put("key", key);
        m.put("id", Ids.of("task", key));
        m.put("props", props);
        m.put("actions", actions);
        m.put("initiatives", t.initiativeKeys());
        m.put("setBy", t.setByKey());
        m.put("evidence", evidence(articleId, t.evidence()));
        return m;
    }

    private static Map<String, Object> articleProps(ArticleGraph article) {
        var props = new HashMap<String, Object>();
        props.put("contentHash", article.id());
        props.put("publishedAt", article.publishedAt());
        props.put("publisher", article.publisher());
        props.put("sourceUrl", article.sourceUrl());
        props.put("rawText", article.rawText());
        props.put("cleanText", article.cleanText());
        props.put("searchText", article.simplifiedText());
        props.put("warningCodes", article.warnings().stream().map(w -> w.code()).toList());
        props.put("warningMessages", article.warnings().stream().map(w -> w.message()).toList());
        props.put("warningStarts", article.warnings().stream().map(w -> w.start()).toList());
        props.put("warningEnds", article.warnings().stream().map(w -> w.end()).toList());
        props.put("documents", article.documents());
        return props;
    }

    private static Map<String, Object> organization(OrganizationRef o) {
        return Map.of("key", o.key(), "id", Ids.of("organization", o.key()), "name", o.name(),
                "simplifiedName", Script.simplify(o.name()), "searchText", searchText(o.key(), o.name()),
                "level", o.level().name());
    }

    /** What search matches: the canonical key (aliases resolved, punctuation dropped) and the name as written. */
    private static String searchText(String key, String asWritten) {
        String simplified = Script.simplify(asWritten);
        return simplified.equals(key) ? key : key + "\n" + simplified;
    }

    private static Map<String, Object> official(OfficialRef p, String asOf, String articleId) {
        var m = new HashMap<String, Object>();
        m.put("key", p.key());
        m.put("id", Ids.of("official", p.key()));
        m.put("name", p.name());
        m.put("simplifiedName", p.simplifiedName());
        m.put("titles", p.titles());
        m.put("organization", p.organization() == null ? null : p.organization().key());
        m.put("asOf", asOf);
        m.put("evidence", evidence(articleId, p.evidence()));
        return m;
    }

    /** The date a title was seen held: the meeting's day if known, else the publication day. */
    private static String asOf(ArticleGraph article) {
        return article.meetings().stream()
                .filter(m -> m.date() != null)
                .map(m -> m.date().toString())
                .findFirst()
                .orElse(article.publishedAt() == null ? ""
                        : article.publishedAt().atZoneSameInstant(ZoneOffset.ofHours(8)).toLocalDate().toString());
    }

    private static Map<String, Object> evidence(String articleId, Evidence e) {
        if (e == null) {
            return Map.of("article", articleId);
        }
        return Map.of("article", articleId, "sentence", e.sentence(), "start", e.start(), "end", e.end(),
                "evidence", e.text() == null ? "" : e.text());
    }
}
