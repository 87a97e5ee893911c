package dev.policygraph.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import dev.policygraph.NoSeedProfile;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import dev.policygraph.graph.store.GraphStore;

import dev.policygraph.pipeline.Ingestion;
import dev.policygraph.ingest.ArticleGraph;
import dev.policygraph.ingest.DirectiveRef;
import dev.policygraph.ingest.Evidence;
import dev.policygraph.ingest.InitiativeRef;
import dev.policygraph.ingest.Level;
import dev.policygraph.ingest.MeetingItem;
import dev.policygraph.ingest.OfficialRef;
import dev.policygraph.ingest.OrganizationRef;
import dev.policygraph.ingest.PartOf;
import dev.policygraph.ingest.Participation;
import dev.policygraph.ingest.RelayRef;
import dev.policygraph.ingest.Role;
import dev.policygraph.ingest.TaskItem;
import dev.policygraph.ingest.Venue;
import dev.policygraph.ingest.Warning;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * Eight writers ingesting the same overlapping articles at once end with exactly the graph a serial ingest gives.
 * Built on {@link Ingestion} with hand-made article graphs (real Neo4j), so it does not wait for the extractor.
 * The two runs use separate key namespaces in the same database and are compared label by label and type by type.
 */
@QuarkusTest
@TestProfile(NoSeedProfile.class)
class ConcurrentIngestTests {

    static final int ARTICLES = 12;
    static final int WRITERS = 8;

    @Inject
    Ingestion ingestion;

    @Inject
    GraphStore store;

    @Test
    void eightConcurrentWritersOfOverlappingArticlesEndWithTheSerialGraph() throws Exception {
        for (ArticleGraph article : articles("serial|")) {
            ingestion.store(article);
        }

        List<ArticleGraph> concurrent = articles("concurrent|");
        var failures = new ConcurrentLinkedQueue<Throwable>();
        var created = new ConcurrentLinkedQueue<String>();
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(WRITERS);
        for (int w = 0; w < WRITERS; w++) {
            var order = new ArrayList<>(concurrent);
            Collections.shuffle(order, new Random(w));
            pool.submit(() -> {
                try {
                    start.await();
                    for (ArticleGraph article : order) {
                        if (ingestion.store(article).created()) {
                            created.add(article.id());
                        }
                    }
                } catch (Throwable t) {
                    failures.add(t);
                }
                return null;
            });
        }
        start.countDown();
        pool.shutdown();
        assertTrue(pool.awaitTermination(5, TimeUnit.MINUTES), "writers did not finish");

        assertTrue(failures.isEmpty(), () -> "a ingestion failed: " + failures.peek());
        assertEquals(ARTICLES, created.size(), "each article is created exactly once: " + created);
        assertEquals(census("serial|"), census("concurrent|"));
    }

    /** Nodes per label and relationships per type within one namespace. */
    Map<String, Long> census(String ns) {
        var out = new TreeMap<String, Long>();
        String inNs = "coalesce(%1$s.key, %1$s.contentHash) STARTS WITH $ns";
        store.execute("MATCH (n) WHERE " + inNs.formatted("n") + " RETURN labels(n)[0] AS k, count(*) AS c", Map.of("ns", ns))
                .forEach(r -> out.put("node:" + r.get("k").asString(), r.get("c").asLong()));
        store.execute("MATCH (x)-[r]->(y) WHERE " + inNs.formatted("x") + " AND " + inNs.formatted("y")
                + " RETURN type(r) AS k, count(*) AS c", Map.of("ns", ns))
                .forEach(r -> out.put("rel:" + r.get("k").asString(), r.get("c").asLong()));
        assertTrue(out.size() > 10, "the articles wrote too little to compare: " + out);
        return out;
    }

    /** Twelve articles over a small shared pool of bodies, people, meetings, directives and initiatives. */
    static List<ArticleGraph> articles(String ns) {
        var ev = new Evidence(0, 0, 4, "证据文本");
        var orgs = new ArrayList<OrganizationRef>();
        for (int i = 0; i < 4; i++) {
            orgs.add(new OrganizationRef("机构" + i, ns + "机构" + i, i == 0 ? Level.MINISTRY : Level.PROVINCIAL));
        }
        var out = new ArrayList<ArticleGraph>();
        for (int a = 0; a < ARTICLES; a++) {
            int m = a % 6;
            var officials = new ArrayList<OfficialRef>();
            for (int p : new int[] {m, (m + 1) % 6}) {
                officials.add(new OfficialRef("官员" + p, ns + "官员" + p, "官员" + p, List.of("局长", "书记"),
                        orgs.get(p % 4), ev));
            }
            var tasks = new ArrayList<TaskItem>();
            for (int t = 1; t <= 2; t++) {
                tasks.add(new TaskItem(TaskItem.Kind.TASK, t, "重点" + t, "目标" + m + t, "任务" + m + t,
                        List.of("行动" + m + t + "甲", "行动" + m + t + "乙"), ns + "官员" + m,
                        List.of(ns + "倡议" + (m % 4)), ev));
            }
            var meeting = new MeetingItem("会议" + m, ns + "会议" + m, LocalDate.of(2020, 7, 1 + m),
                    MeetingItem.DatePrecision.DAY, "电视电话会议", orgs.get(m % 4),
                    List.of(new Participation(ns + "官员" + m, Role.CHAIRED, ev),
                            new Participation(ns + "官员" + (m + 1) % 6, Role.SPOKE, ev)),
                    List.of(new DirectiveRef("指示" + m % 3, ns + "指示" + m % 3, List.of("机构0", "领导人"), "贯彻", ev)),
                    // A relay names the higher meeting's real convener: a conflicting one makes the graph
                    // depend on ingest order even when serial (a placeholder keeps its inferred CONVENED).
                    List.of(new RelayRef("会议" + (m + 1) % 6, ns + "会议" + (m + 1) % 6, 2020,
                            orgs.get((m + 1) % 6 % 4), ev)),
                    tasks, List.of(new Venue("分会场", List.of(orgs.get((m + 2) % 4)), ev)), ev, List.of());
            var initiatives = List.of(new InitiativeRef("倡议" + a % 4, ns + "倡议" + a % 4, ev),
                    new InitiativeRef("倡议" + (a + 1) % 4, ns + "倡议" + (a + 1) % 4, ev));
            out.add(new ArticleGraph(ns + "article-" + a,
                    OffsetDateTime.of(2020, 7, 20, 9, 0, 0, 0, ZoneOffset.ofHours(8)), "机构0", null,
                    "原文" + a, "正文" + a, "正文" + a, List.of(Warning.ofArticle("TEST", "hand-built")),
                    List.of(meeting), officials, List.copyOf(orgs), initiatives,
                    List.of(new PartOf(ns + "倡议" + a % 4, ns + "倡议" + (a + 1) % 4, ev)), List.of("文件" + a)));
        }
        return out;
    }
}
