package dev.policygraph.cascade;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.policygraph.TestStore;
import dev.policygraph.bench.SyntheticCorpus;
import dev.policygraph.cascade.MeetingMatcher.Description;
import dev.policygraph.cascade.MeetingMatcher.Match;
import dev.policygraph.pipeline.Ingestion;
import dev.policygraph.ingest.ArticleExtractor;
import dev.policygraph.ingest.ArticleGraph;
import dev.policygraph.ingest.ArticleInput;
import dev.policygraph.ingest.Level;

/**
 * The linker asks the full-text indexes for candidates ({@link MatchTerms}) instead of scoring every meeting. That
 * must never change a decision: after ingesting a few hundred articles, every relay edge points where scoring the
 * reference against <em>every</em> reported meeting says it should.
 */
class RelayBlockingTests {

    @RegisterExtension
    static final TestStore.Shared STORE = new TestStore.Shared();

    @BeforeAll
    static void start() throws IOException {
        ingest();
    }

    private static void ingest() throws IOException {
        var extractor = new ArticleExtractor();
        List<ArticleGraph> graphs = new ArrayList<>();
        for (var a : new SyntheticCorpus(11).generate(300)) {
            graphs.add(extractor.extract(new ArticleInput(a.text(), a.sourceUrl(), a.publishedAt())));
        }
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources/corpus"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                graphs.add(extractor.extract(new ArticleInput(Files.readString(f), "urn:policygraph:test:" + f, null)));
            }
        }
        var ingestion = Ingestion.over(STORE.graph());
        // Newest first: most references arrive before the meeting they name, so edges are re-scored later on.
        var reversed = new ArrayList<>(graphs).reversed();
        for (int i = 0; i < reversed.size(); i += 25) {
            ingestion.store(reversed.subList(i, Math.min(reversed.size(), i + 25)));
        }
    }

    @Test
    void backfillOfAnOlderStoreGivesTheTermsIngestWrites() {
        var terms = """
                MATCH (m:Meeting) WHERE m.matchText IS NOT NULL RETURN m.key AS id, m.matchText AS text
                UNION ALL
                MATCH ()-[e:RELAYS]->() RETURN elementId(e) AS id, e.refMatch AS text""";
        var written = STORE.graph().execute(terms).stream()
                .map(r -> r.get("id").asString() + " " + r.get("text").asString(null)).sorted().toList();
        assertThat(written).hasSizeGreaterThan(500).noneMatch(line -> line.endsWith(" null"));

        STORE.graph().execute("MATCH (m:Meeting) REMOVE m.matchText");
        STORE.graph().execute("MATCH ()-[e:RELAYS]->() REMOVE e.refMatch");
        assertThat(MatchTermsBackfill.run(STORE.graph())).isEqualTo(written.size());

        assertThat(STORE.graph().execute(terms).stream()
                .map(r -> r.get("id").asString() + " " + r.get("text").asString(null)).sorted().toList())
                .isEqualTo(written);
    }

    @Test
    void everyRelayEdgePointsWhereScoringAgainstAllMeetingsSays() {

        var meetings = STORE.graph().execute("""
                MATCH (c:Meeting {placeholder: false})
                OPTIONAL MATCH (g:Organization)-[cv:CONVENED]->(c) WHERE cv.fromRelay IS NULL
                WITH c, g ORDER BY g.key
                WITH c, head(collect(g)) AS g
                RETURN c.key AS key, c.name AS name, c.year AS year, g.key AS convener, g.level AS level""").stream().map(r -> new Description(r.get("key").asString(),
                        r.get("name").asString(null), r.get("year").isNull() ? null : r.get("year").asInt(),
                        r.get("convener").asString(null), RelayLinker.level(r.get("level"), r.get("convener").asString(null))))
                .sorted(Comparator.comparing(Description::key)).toList();
        var edges = STORE.graph().execute("""
                MATCH (a:Meeting)-[e:RELAYS]->(t:Meeting)
                OPTIONAL MATCH (g:Organization)-[cv:CONVENED]->(a) WHERE cv.fromRelay IS NULL
                WITH a, e, t, g ORDER BY g.key
                WITH a, e, t, head(collect(g)) AS g
                RETURN a.key AS from, t.key AS to, e.refKey AS refKey, e.refName AS refName, e.refYear AS refYear,
                       e.refConvener AS refConvener, e.matchedBy AS matchedBy, g.key AS convener, g.level AS level""");

        assertThat(meetings).hasSizeGreaterThan(250);
        assertThat(edges).hasSizeGreaterThan(200);
        assertThat(edges).as("fuzzy links, so the check has something to check")
                .anyMatch(e -> "fuzzy".equals(e.get("matchedBy").asString()));
        var wrong = new ArrayList<String>();
        for (var e : edges) {
            var ref = new Description(e.get("refKey").asString(), e.get("refName").asString(null),
                    e.get("refYear").isNull() ? null : e.get("refYear").asInt(), e.get("refConvener").asString(null), null);
            String from = e.get("from").asString();
            Level fromLevel = RelayLinker.level(e.get("level"), e.get("convener").asString(null));
            String expected = ref.key();
            Match best = null;
            for (Description candidate : meetings) {
                if (candidate.key().equals(from)) {
                    continue;
                }
                Optional<Match> m = MeetingMatcher.match(ref, candidate, fromLevel);
                if (m.isPresent() && m.get().confidence() >= RelayLinker.DEFAULT_THRESHOLD
                        && (best == null || RelayLinker.outranks(m.get(), best))) {
                    best = m.get();
                    expected = candidate.key();
                }
            }
            if (!expected.equals(e.get("to").asString())) {
                wrong.add(from + " -[" + ref.key() + "]-> " + e.get("to").asString() + ", best " + expected);
            }
        }
        assertThat(wrong).isEmpty();
    }
}
