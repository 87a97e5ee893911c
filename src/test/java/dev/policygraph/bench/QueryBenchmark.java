package dev.policygraph.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Five representative queries, each three ways in the same run: our GraphQL over HTTP, the same work as raw
 * Cypher through the Java driver (the baseline), and, for the entity queries, {@code @neo4j/graphql} over HTTP
 * on the same database. A bounded loop on loopback: warm-up, then a fixed number of sequential requests
 * (latency p50/p95), then the same number spread over {@code clients} concurrent clients (throughput). Not a test.
 * <p>
 * When a second URL is given, a second instance of the service reads the same database through Bolt (as with an
 * external Neo4j), so the in-process read path and the Bolt one are measured side by side.
 * <p>
 * Usage: {@code NEO4J_PASSWORD=… QueryBenchmark <graphql-url> <bolt-uri> <peer-url or -> <requests> <clients> <out.md>
 * [graphql-url of the instance reading through Bolt]}
 */
public final class QueryBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** One query: its parameters per request, our GraphQL, raw Cypher, and the peer's GraphQL (null: none). */
    record Case(String name, String graphql, String cypher, String peer, IntFunction<Map<String, Object>> params) {
    }

    record Stats(double p50, double p95, double perSecond, int errors) {
    }

    public static void main(String[] args) throws Exception {
        String graphqlUrl = args[0];
        String bolt = args[1];
        String peerUrl = args[2].equals("-") ? null : args[2];
        int requests = Integer.parseInt(args[3]);
        int clients = Integer.parseInt(args[4]);
        Path out = Path.of(args[5]);
        String boltGraphqlUrl = args.length > 6 && !args[6].equals("-") ? args[6] : null;

        String password = System.getenv().getOrDefault("NEO4J_PASSWORD", "");
        try (Driver driver = GraphDatabase.driver(bolt, password.isEmpty() ? AuthTokens.none() : AuthTokens.basic("neo4j", password))) {
            List<Case> cases = cases(driver);
            var md = new StringBuilder();
            md.append(String.format("## Queries (%d requests each after %d warm-up; throughput with %d clients)%n%n",
                    requests, requests / 2, clients));
            md.append("| query | way | p50 ms | p95 ms | req/s | errors | vs raw Cypher (p50 / req/s) |\n");
            md.append("|---|---|---|---|---|---|---|\n");
            var ratios = new StringBuilder();
            for (Case c : cases) {
                phase(c.name() + ", raw Cypher");
                Stats raw = measure(requests, clients, i -> cypher(driver, c.cypher(), c.params().apply(i)));
                phase(c.name() + ", policygraph");
                Stats ours = measure(requests, clients, i -> graphql(graphqlUrl, c.graphql(), c.params().apply(i)));
                row(md, c.name(), "raw Cypher (driver)", raw, null);
                row(md, c.name(), "policygraph GraphQL", ours, raw);
                ratios.append(String.format("- %s: GraphQL p50 = %.2f× raw Cypher; throughput %.2f× of raw%n",
                        c.name(), ours.p50() / raw.p50(), ours.perSecond() / raw.perSecond()));
                if (boltGraphqlUrl != null) {
                    phase(c.name() + ", policygraph through Bolt");
                    Stats bolted = measure(requests, clients, i -> graphql(boltGraphqlUrl, c.graphql(), c.params().apply(i)));
                    row(md, c.name(), "policygraph GraphQL, reading through Bolt", bolted, raw);
                    ratios.append(String.format("  - reading through Bolt instead of in-process: p50 %.2f×, throughput %.2f×%n",
                            bolted.p50() / ours.p50(), bolted.perSecond() / ours.perSecond()));
                }
                if (c.peer() != null && peerUrl != null) {
                    phase(c.name() + ", @neo4j/graphql");
                    Stats peer = measure(requests, clients, i -> graphql(peerUrl, c.peer(), c.params().apply(i)));
                    row(md, c.name(), "@neo4j/graphql", peer, raw);
                    ratios.append(String.format("  - vs @neo4j/graphql: our throughput %.2f× theirs, p50 %.2f× theirs%n",
                            ours.perSecond() / peer.perSecond(), ours.p50() / peer.p50()));
                }
                System.out.println(md);
            }
            phase("end");
            md.append("\n").append(ratios);
            Files.createDirectories(out.toAbsolutePath().getParent());
            Files.writeString(out, md.toString());
            System.out.println(md);
        }
    }

    /** Marks when each measured part begins, so run.sh can say which part the service's memory peaked in. */
    private static void phase(String label) throws java.io.IOException {
        String file = System.getProperty("bench.phases");
        if (file != null) {
            Files.writeString(Path.of(file), System.currentTimeMillis() + "\t" + label + "\n",
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        }
    }

    private static void row(StringBuilder md, String name, String way, Stats s, Stats raw) {
        md.append(String.format("| %s | %s | %.2f | %.2f | %.0f | %d | %s |%n", name, way, s.p50(), s.p95(),
                s.perSecond(), s.errors(), raw == null ? "1.00" : String.format("%.2f× / %.2f×", s.p50() / raw.p50(),
                        s.perSecond() / raw.perSecond())));
    }

    // ------------------------------------------------------------------ the five queries

    /** Our GraphQL for the five queries; OneStatementPerRequestTests counts the statements each costs. */
    public static final String MEETING = """
            query($id: ID!) { meeting(id: $id) {
              id name date form
              convenedBy { name level }
              chairs { name } speakers { name }
              attendees { name titles { title asOf organization { name } } }
              implements { text }
              tasks(kind: TASK) { n focus goal setBy { name } initiatives { name } actions { text } }
              relays { name date } relayedBy { name date }
              articles { id } } }""";

    public static final String OFFICIALS_MEETINGS = "query($id: ID!) { official(id: $id) { name meetings { id name date } } }";

    public static final String MONTHS = """
            query($from: Date, $to: Date) { timeSeries(metric: MEETINGS, interval: MONTH, where: { from: $from, to: $to }) { time count } }""";

    public static final String CASCADE = """
            query($id: ID!) { directive(id: $id) { text implementedBy { name date
              relayedBy { name date relayedBy { name date relayedBy { name date } } } } } }""";

    public static final String SEARCH = "query($text: String!) { search(text: $text, first: 20) { id kind name score } }";

    static List<Case> cases(Driver driver) {
        var meetings = ids(driver, """
                MATCH (d:Directive)<-[:IMPLEMENTS]-(m:Meeting) WHERE NOT coalesce(m.placeholder, false)
                WITH DISTINCT m ORDER BY m.id LIMIT 50 RETURN m.id AS id""");
        var officials = ids(driver, """
                MATCH (o:Official)-[:ATTENDED|CHAIRED|SPOKE_AT]->(m:Meeting)
                WITH o, count(DISTINCT m) AS n WHERE n >= 3 RETURN o.id AS id ORDER BY n DESC, id LIMIT 50""");
        var directives = ids(driver, """
                MATCH (d:Directive)<-[:IMPLEMENTS]-(m:Meeting)
                WITH d, count(m) AS n
                RETURN d.id AS id ORDER BY n, id LIMIT 20""");
        long linked = driver.executableQuery("""
                MATCH (:Meeting)-[r:RELAYS]->(h:Meeting) RETURN count(r) AS relays,
                  count(CASE WHEN NOT coalesce(h.placeholder, false) THEN 1 END) AS toReported""").execute().records()
                .get(0).get("toReported").asLong();
        System.out.printf("relay links that reach a reported (non-placeholder) meeting: %d%n", linked);
        var years = driver.executableQuery("MATCH (m:Meeting) WHERE m.year IS NOT NULL RETURN DISTINCT m.year AS y ORDER BY y")
                .execute().records().stream().map(r -> r.get("y").asInt()).toList();
        var words = List.of("快递进村", "蓝天保卫战", "安全生产", "放管服", "四好农村路", "证照分离");
        System.out.printf("parameters: %d meetings, %d officials, %d directives, years %s%n", meetings.size(),
                officials.size(), directives.size(), years);

        var q1 = new Case("1. meeting with all nested fields",
                MEETING,
                """
                MATCH (m:Meeting {id: $id})
                RETURN m {.id, .name, .date, .form,
                  convenedBy: head(COLLECT { MATCH (m)<-[:CONVENED]-(g:Organization) RETURN g {.name, .level} ORDER BY g.key }),
                  chairs: COLLECT { MATCH (m)<-[:CHAIRED]-(o:Official) RETURN o {.name} ORDER BY o.key },
                  speakers: COLLECT { MATCH (m)<-[:SPOKE_AT]-(o:Official) RETURN o {.name} ORDER BY o.key },
                  attendees: COLLECT { MATCH (m)<-[:ATTENDED|CHAIRED|SPOKE_AT]-(o:Official) WITH DISTINCT o ORDER BY o.key
                    RETURN o {.name, titles: COLLECT { MATCH (o)-[h:HELD]->(g:Organization)
                      RETURN {title: h.title, asOf: h.asOf, organization: g {.name}} ORDER BY h.asOf DESC } } },
                  implements: COLLECT { MATCH (m)-[:IMPLEMENTS]->(d:Directive) RETURN d {.text} ORDER BY d.key },
                  tasks: COLLECT { MATCH (m)-[:ASSIGNED]->(t:Task) WHERE t.kind = 'TASK' RETURN t {.n, .focus, .goal,
                    setBy: head(COLLECT { MATCH (t)<-[:SET]-(o:Official) RETURN o {.name} }),
                    initiatives: COLLECT { MATCH (t)-[:ADVANCES]->(i:Initiative) RETURN i {.name} ORDER BY i.key },
                    actions: COLLECT { MATCH (t)-[:HAS_ACTION]->(a:Task) RETURN a {.text} ORDER BY a.n } } ORDER BY t.n },
                  relays: COLLECT { MATCH (m)-[:RELAYS]->(h:Meeting) RETURN h {.name, .date} ORDER BY h.date },
                  relayedBy: COLLECT { MATCH (m)<-[:RELAYS]-(l:Meeting) RETURN l {.name, .date} ORDER BY l.date },
                  articles: COLLECT { MATCH (m)<-[:REPORTS]-(a:Article) RETURN a {.id} ORDER BY a.publishedAt }
                } AS meeting""",
                """
                query($id: ID!) { meetings(where: { id: { eq: $id } }) {
                  id name date form
                  convenedBy { name level }
                  chairs { name } speakers { name }
                  attendees { name heldConnection { edges { properties { title asOf } node { name } } } }
                  chairsAlso: chairs { name heldConnection { edges { properties { title asOf } node { name } } } }
                  implements { text }
                  tasks(where: { kind: { eq: "TASK" } }) { n focus goal setBy { name } initiatives { name } actions { text } }
                  relays { name date } relayedBy { name date }
                  articles { id } } }""",
                i -> Map.of("id", meetings.get(i % meetings.size())));

        var q2 = new Case("2. an official's meetings",
                OFFICIALS_MEETINGS,
                """
                MATCH (o:Official {id: $id})
                RETURN o {.name, meetings: COLLECT { MATCH (o)-[:ATTENDED|CHAIRED|SPOKE_AT]->(m:Meeting)
                  WITH DISTINCT m ORDER BY m.date DESC RETURN m {.id, .name, .date} } } AS official""",
                """
                query($id: ID!) { officials(where: { id: { eq: $id } }) { name
                  attended { id name date } chaired { id name date } spokeAt { id name date } } }""",
                i -> Map.of("id", officials.get(i % officials.size())));

        var q3 = new Case("3. monthly aggregate (meetings per month, one year)",
                MONTHS,
                """
                MATCH (m:Meeting)
                WHERE m.date IS NOT NULL AND NOT coalesce(m.placeholder, false)
                  AND m.date >= date($from) AND m.date <= date($to)
                WITH date.truncate('month', m.date) AS t, count(*) AS count
                RETURN toString(t) AS time, count ORDER BY t""",
                null,
                i -> {
                    int y = years.isEmpty() ? 2020 : years.get(i % years.size());
                    return Map.of("from", y + "-01-01", "to", y + "-12-31");
                });

        var q4 = new Case("4. depth-4 cascade (directive → meetings → relays → relays → relays)",
                CASCADE,
                """
                MATCH (d:Directive {id: $id})
                RETURN d {.text, implementedBy: COLLECT { MATCH (d)<-[:IMPLEMENTS]-(m:Meeting) RETURN m {.name, .date,
                  relayedBy: COLLECT { MATCH (m)<-[:RELAYS]-(a:Meeting) RETURN a {.name, .date,
                    relayedBy: COLLECT { MATCH (a)<-[:RELAYS]-(b:Meeting) RETURN b {.name, .date,
                      relayedBy: COLLECT { MATCH (b)<-[:RELAYS]-(c:Meeting) RETURN c {.name, .date} ORDER BY c.date }
                    } ORDER BY b.date } } ORDER BY a.date } } ORDER BY m.date } } AS directive""",
                """
                query($id: ID!) { directives(where: { id: { eq: $id } }) { text implementedBy { name date
                  relayedBy { name date relayedBy { name date relayedBy { name date } } } } } }""",
                i -> Map.of("id", directives.get(i % directives.size())));

        var q5 = new Case("5. full-text search (20 hits)",
                SEARCH,
                """
                CALL db.index.fulltext.queryNodes('entity_search', $query, {limit: 20}) YIELD node, score
                RETURN node.id AS id, labels(node)[0] AS kind, coalesce(node.name, node.text, node.goal, node.publisher) AS name, score""",
                null,
                i -> {
                    String w = words.get(i % words.size());
                    return Map.of("text", w, "query", "\"" + w + "\"");
                });
        return List.of(q1, q2, q3, q4, q5);
    }

    private static List<String> ids(Driver driver, String cypher) {
        var ids = driver.executableQuery(cypher).execute().records().stream().map(r -> r.get("id").asString()).toList();
        if (ids.isEmpty()) {
            throw new IllegalStateException("no parameters found for: " + cypher);
        }
        return ids;
    }

    // ------------------------------------------------------------------ load

    interface Request {
        void run(int i) throws Exception;
    }

    static Stats measure(int requests, int clients, Request request) throws Exception {
        AtomicInteger errors = new AtomicInteger();
        for (int i = 0; i < requests / 2; i++) {
            call(request, i, errors);
        }
        errors.set(0);
        double[] latencies = new double[requests];
        for (int i = 0; i < requests; i++) {
            long t = System.nanoTime();
            call(request, i, errors);
            latencies[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(latencies);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            AtomicInteger next = new AtomicInteger();
            List<Callable<Void>> tasks = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                tasks.add(() -> {
                    for (int i; (i = next.getAndIncrement()) < requests; ) {
                        call(request, i, errors);
                    }
                    return null;
                });
            }
            long t = System.nanoTime();
            for (Future<Void> f : pool.invokeAll(tasks)) {
                f.get();
            }
            double seconds = (System.nanoTime() - t) / 1e9;
            return new Stats(latencies[requests / 2], latencies[(int) Math.ceil(requests * 0.95) - 1],
                    requests / seconds, errors.get());
        } finally {
            pool.shutdown();
        }
    }

    private static void call(Request request, int i, AtomicInteger errors) {
        try {
            request.run(i);
        } catch (Exception e) {
            if (errors.incrementAndGet() <= 3) {
                String m = String.valueOf(e.getMessage());
                System.err.println("request failed: " + m.substring(0, Math.min(300, m.length())));
            }
        }
    }

    static void cypher(Driver driver, String cypher, Map<String, Object> params) {
        var result = driver.executableQuery(cypher).withParameters(params).execute();
        if (result.records().isEmpty() && !cypher.contains("fulltext")) {
            throw new IllegalStateException("no record");
        }
    }

    static void graphql(String url, String query, Map<String, Object> variables) throws IOException, InterruptedException {
        var body = new LinkedHashMap<String, Object>();
        body.put("query", query);
        body.put("variables", variables);
        var request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body))).build();
        HttpResponse<byte[]> response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IOException("HTTP " + response.statusCode() + ": " + new String(response.body()));
        }
        JsonNode json = JSON.readTree(response.body());
        if (json.has("errors") && !json.get("errors").isEmpty()) {
            throw new IOException("GraphQL errors: " + json.get("errors"));
        }
    }
}
