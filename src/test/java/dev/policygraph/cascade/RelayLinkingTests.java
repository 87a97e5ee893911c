package dev.policygraph.cascade;

import static org.assertj.core.api.Assertions.assertThat;
import dev.policygraph.NoSeedProfile;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import dev.policygraph.graph.store.GraphStore;
import org.neo4j.driver.Record;

import dev.policygraph.pipeline.Ingestion;
import dev.policygraph.ingest.ArticleGraph;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** Cross-article linking against the real embedded Neo4j, with the chain corpus as hand-built extraction values. */
@QuarkusTest
@TestProfile(NoSeedProfile.class)
class RelayLinkingTests {

    @Inject
    GraphStore store;

    @Inject
    Ingestion ingestion;

    @Inject
    RelayLinker linker;

    @BeforeEach
    void clean() {
        Graphs.wipe(store);
    }

    private List<Record> relays() {
        return store.execute("""
                MATCH (a:Meeting)-[r:RELAYS]->(b:Meeting)
                RETURN a.name AS from, b.name AS to, b.key AS toKey, b.placeholder AS placeholder, properties(r) AS r
                ORDER BY from""");
    }

    private Record relayFrom(String fromName) {
        return relays().stream().filter(r -> r.get("from").asString().equals(fromName)).findFirst().orElseThrow();
    }

    @Test
    void aRelayPointedElsewhereByAUserStaysThereWithItsEvidence() {
        Graphs.write(ingestion, List.of(ChainArticles.seed(), ChainArticles.sichuan(), ChainArticles.fujian()));
        String sc = key("擴大集會");
        String seed = key("2020年全國郵政管理半年工作電視電話會議");
        String fj = key("全省邮政管理半年工作会议");
        var before = relayFrom("擴大集會");
        assertThat(before.get("toKey").asString()).isEqualTo(seed);

        java.util.Optional<String> target = store.write(tx -> linker.relink(tx, sc, seed, fj));
        assertThat(target).contains(fj);
        var moved = relayFrom("擴大集會");
        assertThat(moved.get("toKey").asString()).isEqualTo(fj);
        assertThat(moved.get("r").get("matchedBy").asString()).isEqualTo("user");
        assertThat(moved.get("r").get("refName").asString()).isEqualTo(before.get("r").get("refName").asString());
        assertThat(moved.get("r").get("evidence").asString()).isEqualTo(before.get("r").get("evidence").asString());

        // a later ingest that re-scores references to the seed's meeting does not move it back
        ingestion.store(ChainArticles.quanzhou());
        assertThat(relayFrom("擴大集會").get("toKey").asString()).isEqualTo(fj);
        java.util.Optional<String> again = store.write(tx -> linker.relink(tx, sc, seed, fj));
        assertThat(again).as("no edge to the seed any more").isEmpty();
    }

    @Test
    void relayLinksToPlaceholderUntilTheHigherMeetingArrives() {
        ingestion.store(ChainArticles.fujian());
        var before = relayFrom("全省邮政管理半年工作会议");
        assertThat(before.get("placeholder").asBoolean()).isTrue();
        ingestion.store(ChainArticles.seed());
        var after = relayFrom("全省邮政管理半年工作会议");
        assertThat(after.get("placeholder").asBoolean()).isFalse();
        assertThat(after.get("to").asString()).isEqualTo("2020年全國郵政管理半年工作電視電話會議");
        assertThat(count("MATCH (m:Meeting {placeholder: true}) RETURN count(m) AS n")).isZero();
    }

    @Test
    void spunAbbreviatedRelayIsLinkedFuzzilyWithConfidenceAndItsSentence() {
        Graphs.write(ingestion, List.of(ChainArticles.seed(), ChainArticles.sichuan()));
        var relay = relayFrom("擴大集會");
        assertThat(relay.get("to").asString()).isEqualTo("2020年全國郵政管理半年工作電視電話會議");
        Map<String, Object> r = relay.get("r").asMap();
        assertThat(r.get("matchedBy")).isEqualTo("fuzzy");
        assertThat((Double) r.get("confidence")).isGreaterThanOrEqualTo(0.6).isLessThan(1.0);
        assertThat((String) r.get("evidence")).contains("上半年全國郵政管理工作TV電話會議");
        assertThat(r.get("refName")).isEqualTo("上半年全國郵政管理工作TV電話會議");
    }

    @Test
    void placeholderOfASpunNameIsMergedIntoTheMeetingWhenItArrives() {
        Graphs.write(ingestion, List.of(ChainArticles.sichuan()));
        assertThat(relayFrom("擴大集會").get("placeholder").asBoolean()).isTrue();
        ingestion.store(ChainArticles.seed());
        var relay = relayFrom("擴大集會");
        assertThat(relay.get("placeholder").asBoolean()).isFalse();
        assertThat(relay.get("r").asMap().get("matchedBy")).isEqualTo("fuzzy");
        assertThat(count("MATCH (m:Meeting {placeholder: true}) RETURN count(m) AS n")).isZero();
    }

    @Test
    void distractorRelayOfThe2021MeetingIsNotLinkedToThe2020One() {
        Graphs.write(ingestion, ChainArticles.chainA());
        var relay = relayFrom("党组会议");
        assertThat(relay.get("placeholder").asBoolean()).isTrue();
        assertThat(relay.get("to").asString()).isEqualTo("2021年全国邮政管理半年工作电视电话会议");
    }

    @Test
    void everyExpectedRelayOfChainAIsFound() {
        Graphs.write(ingestion, ChainArticles.chainA());
        assertThat(relayFrom("全省邮政管理半年工作会议").get("to").asString()).isEqualTo("2020年全國郵政管理半年工作電視電話會議");
        assertThat(relayFrom("擴大集會").get("to").asString()).isEqualTo("2020年全國郵政管理半年工作電視電話會議");
        assertThat(relayFrom("全体干部会议").get("to").asString()).isEqualTo("全省邮政管理半年工作会议");
        assertThat(relayFrom("全体干部会议").get("placeholder").asBoolean()).isFalse();
        assertThat(relays()).hasSize(4);
    }

    @Test
    void cityRelayResolvesTheShortForm省局ToItsProvincialBureau() {
        Graphs.write(ingestion, List.of(ChainArticles.quanzhou()));
        var placeholder = store.execute("""
                MATCH (:Meeting {name: '全体干部会议'})-[:RELAYS]->(h:Meeting)<-[:CONVENED]-(g:Organization)
                RETURN g.key AS convener""");
        assertThat(placeholder).extracting(r -> r.get("convener").asString()).containsExactly("福建省邮政管理局");
    }

    @Test
    void ingestOrderDoesNotChangeTheGraph() {
        // every order of the national meeting, two provincial relays (one spun) and the city relay: 24 orders
        List<ArticleGraph> articles = List.of(ChainArticles.seed(), ChainArticles.fujian(), ChainArticles.sichuan(),
                ChainArticles.quanzhou());
        List<String> reference = null;
        int orders = 0;
        for (List<ArticleGraph> order : Graphs.permutations(articles)) {
            Graphs.wipe(store);
            Graphs.write(ingestion, order);
            List<String> dump = Graphs.dump(store);
            if (reference == null) {
                reference = dump;
            } else {
                assertThat(dump).as("order %d", orders).containsExactlyElementsOf(reference);
            }
            orders++;
        }
        assertThat(orders).isEqualTo(24);
        assertThat(reference).anyMatch(line -> line.contains("-RELAYS->"));
    }

    @Test
    void relaysHeldByABulkRunAndLinkedAtItsEndGiveTheGraphOfLinkingInEachWrite() {
        // the chain in every order, and a synthetic campaign corpus in batches, linked both ways
        List<ArticleGraph> chain = List.of(ChainArticles.seed(), ChainArticles.fujian(), ChainArticles.sichuan(),
                ChainArticles.quanzhou());
        Graphs.write(ingestion, chain);
        List<String> reference = Graphs.dump(store);
        for (List<ArticleGraph> order : Graphs.permutations(chain)) {
            Graphs.wipe(store);
            order.forEach(a -> ingestion.storeHoldingRelays(List.of(a)));
            assertThat(relays()).isEmpty();
            assertThat(ingestion.holdsRelays()).isTrue();
            ingestion.linkHeld();
            assertThat(ingestion.holdsRelays()).isFalse();
            assertThat(Graphs.dump(store)).as("order %s", order.stream().map(a -> a.meetings().get(0).name()).toList())
                    .containsExactlyElementsOf(reference);
        }

        List<ArticleGraph> campaign = new dev.policygraph.bench.SyntheticCorpus(21).generate(60).stream()
                .map(a -> ingestion.extract(new dev.policygraph.ingest.ArticleInput(a.text(), a.sourceUrl(),
                        a.publishedAt())))
                .toList();
        Graphs.wipe(store);
        for (int i = 0; i < campaign.size(); i += 7) {
            ingestion.store(campaign.subList(i, Math.min(campaign.size(), i + 7)));
        }
        List<String> linkedInEachWrite = Graphs.dump(store);
        Graphs.wipe(store);
        for (int i = 0; i < campaign.size(); i += 7) {
            ingestion.storeHoldingRelays(campaign.subList(i, Math.min(campaign.size(), i + 7)));
        }
        var links = ingestion.linkHeld();
        assertThat(links.toReported()).isPositive();
        assertThat(Graphs.dump(store)).containsExactlyElementsOf(linkedInEachWrite);
    }

    @Test
    void relaysHeldOnAStoreThatHadSomeAreReScoredAgainstTheNewMeetings() {
        // the relays are stored first, pointing at placeholders; the meetings they name arrive in a held run
        Graphs.write(ingestion, List.of(ChainArticles.quanzhou(), ChainArticles.sichuan()));
        ingestion.storeHoldingRelays(List.of(ChainArticles.seed(), ChainArticles.fujian()));
        ingestion.linkHeld();
        List<String> held = Graphs.dump(store);
        Graphs.wipe(store);
        Graphs.write(ingestion, List.of(ChainArticles.quanzhou(), ChainArticles.sichuan(), ChainArticles.seed(),
                ChainArticles.fujian()));
        assertThat(held).containsExactlyElementsOf(Graphs.dump(store));
        assertThat(relayFrom("全体干部会议").get("placeholder").asBoolean()).isFalse();
    }

    @Test
    void bodiesGetLevelsAndTheirHierarchy() {
        Graphs.write(ingestion, ChainArticles.chainA());
        var rows = store.execute("""
                MATCH (c:Organization)-[:SUBORDINATE_TO]->(p:Organization)
                RETURN c.key + '>' + p.key AS link ORDER BY link""");
        assertThat(rows).extracting(r -> r.get("link").asString()).contains(
                "福建省邮政管理局>国家邮政局", "泉州市邮政管理局>福建省邮政管理局", "四川省邮政管理局党组>四川省邮政管理局",
                "四川省邮政管理局>国家邮政局", "浙江省邮政管理局>国家邮政局");
        var level = store.execute("MATCH (g:Organization {key: '泉州市邮政管理局'}) RETURN g.level AS level").get(0).get("level").asString();
        assertThat(level).isEqualTo("MUNICIPAL");
    }

    @Test
    void undoneFuzzyLinkGoesBackToAPlaceholderAndStaysUndone() {
        Graphs.write(ingestion, List.of(ChainArticles.seed(), ChainArticles.sichuan()));
        String sc = key("擴大集會");
        String seed = key("2020年全國郵政管理半年工作電視電話會議");
        var now = store.write(tx -> linker.unlink(tx, sc, seed));
        assertThat(now).isPresent().get().isNotEqualTo(seed);
        assertThat(relayFrom("擴大集會").get("placeholder").asBoolean()).isTrue();
        ingestion.store(ChainArticles.fujian()); // re-scoring on a later ingest must not redo the vetoed link
        assertThat(relayFrom("擴大集會").get("placeholder").asBoolean()).isTrue();
    }

    private String key(String meetingName) {
        return store.execute("MATCH (m:Meeting {name: $n}) RETURN m.key AS k", Map.of("n", meetingName)).get(0).get("k").asString();
    }

    private long count(String cypher) {
        return store.execute(cypher).get(0).get("n").asLong();
    }
}
