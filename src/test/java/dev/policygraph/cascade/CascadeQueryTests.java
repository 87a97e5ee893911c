package dev.policygraph.cascade;

import static dev.policygraph.GraphQl.query;
import dev.policygraph.NoSeedProfile;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import dev.policygraph.graph.store.GraphStore;

import dev.policygraph.pipeline.Ingestion;
import dev.policygraph.graph.Ids;
import dev.policygraph.ingest.ArticleGraph;
import dev.policygraph.ingest.script.Keys;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** cascade and lineage over GraphQL, on chain A written through the ordinary ingestion. */
@QuarkusTest
@TestProfile(NoSeedProfile.class)
class CascadeQueryTests {

    static final String DIRECTIVE = Ids.of("directive", Keys.canonical("習近平總書記关于郵政快遞業重要指示批示精神"));

    private static final String CASCADE = """
            query($from: ID!, $direction: CascadeDirection, $depth: Int) {
              cascade(from: $from, direction: $direction, maxDepth: $depth) {
                root { id kind label level }
                truncated
                nodes { id kind label level body date depth placeholder evidence { text } }
                edges { from to type fromLevel toLevel confidence matchedBy referencedAs evidence { text } }
                summary { level month meetings tasks }
              }
            }""";

    @Inject
    GraphStore store;

    @Inject
    Ingestion ingestion;

    @BeforeEach
    void chainA() {
        Graphs.wipe(store);
        Graphs.write(ingestion, ChainArticles.chainA());
    }

    @Test
    void cascadeDownFromTheSeedsDirectiveHasTheSeedMeetingItsTasksAndEveryRelay() {
        var json = query(CASCADE, Map.of("from", DIRECTIVE, "direction", "DOWN", "depth", 4));
        assertThat(json.getString("data.cascade.root.kind")).isEqualTo("DIRECTIVE");
        assertThat(json.getString("data.cascade.root.level")).isEqualTo("CENTRAL");
        List<Map<String, Object>> nodes = json.getList("data.cascade.nodes");
        List<Object> meetings = nodes.stream().filter(n -> "MEETING".equals(n.get("kind"))).map(n -> n.get("label")).toList();
        assertThat(meetings).containsExactlyInAnyOrder("2020年全國郵政管理半年工作電視電話會議", "全省邮政管理半年工作会议",
                "擴大集會", "全体干部会议");
        assertThat(nodes).filteredOn(n -> "TASK".equals(n.get("kind")) && Integer.valueOf(2).equals(n.get("depth")))
                .extracting(n -> n.get("label")).contains("全面落實常態化疫情防控部署");
        List<Map<String, Object>> relays = json.getList("data.cascade.edges.findAll { it.type == 'RELAYS' }");
        assertThat(relays).hasSize(3);
        assertThat(relays).anySatisfy(e -> {
            assertThat(e.get("fromLevel")).isEqualTo("PROVINCIAL");
            assertThat(e.get("toLevel")).isEqualTo("MINISTRY");
            assertThat(e.get("matchedBy")).isEqualTo("fuzzy");
            assertThat(e.get("referencedAs")).isEqualTo("上半年全國郵政管理工作TV電話會議");
        });
        assertThat(relays).allSatisfy(e -> assertThat(((Map<?, ?>) e.get("evidence")).get("text")).isNotNull());
        assertThat(json.getList("data.cascade.edges.type")).contains("IMPLEMENTS", "ASSIGNED");
    }

    @Test
    void cascadeExcludesTheDistractorAndSummarisesByLevelAndMonth() {
        var json = query(CASCADE, Map.of("from", DIRECTIVE, "direction", "DOWN", "depth", 4));
        assertThat(json.getList("data.cascade.nodes.label")).doesNotContain("党组会议");
        List<Map<String, Object>> summary = json.getList("data.cascade.summary");
        assertThat(summary).anySatisfy(s -> {
            assertThat(s.get("level")).isEqualTo("PROVINCIAL");
            assertThat(s.get("month")).isEqualTo("2020-07");
            assertThat(s.get("meetings")).isEqualTo(2);
        });
        assertThat(summary).anySatisfy(s -> {
            assertThat(s.get("level")).isEqualTo("MINISTRY");
            assertThat(s.get("meetings")).isEqualTo(1);
            assertThat(s.get("tasks")).isEqualTo(2);
        });
    }

    @Test
    void lineageFromACityTaskClimbsToTheCentralDirective() {
        ArticleGraph qz = ChainArticles.quanzhou();
        var meeting = qz.meetings().get(0);
        String task = Ids.of("task", dev.policygraph.graph.ArticleRows.taskKey(meeting.key(), meeting.tasks().get(0)));
        var json = query("""
                query($of: ID!) { lineage(of: $of) {
                  top { kind label level }
                  hops { from { kind label level } to { kind label level } edge { type evidence { text } } }
                } }""", Map.of("of", task));
        List<Map<String, Object>> paths = json.getList("data.lineage");
        assertThat(paths).isNotEmpty();
        assertThat(json.getString("data.lineage[0].top.kind")).isEqualTo("DIRECTIVE");
        assertThat(json.getString("data.lineage[0].top.level")).isEqualTo("CENTRAL");
        assertThat(json.getList("data.lineage[0].hops.edge.type"))
                .containsExactly("ASSIGNED", "RELAYS", "RELAYS", "IMPLEMENTS");
        assertThat(json.getList("data.lineage[0].hops.to.label")).containsExactly("全体干部会议",
                "全省邮政管理半年工作会议", "2020年全國郵政管理半年工作電視電話會議", "習近平總書記關于郵政快遞業重要指示批示精神");
        assertThat(json.getList("data.lineage[0].hops.to.level"))
                .containsExactly("MUNICIPAL", "PROVINCIAL", "MINISTRY", "CENTRAL");
        assertThat(json.getList("data.lineage[0].hops.edge.evidence.text")).doesNotContainNull();
    }

    @Test
    void cascadeUpFromTheCityMeetingReachesTheNationalMeeting() {
        String qz = Ids.of("meeting", ChainArticles.quanzhou().meetings().get(0).key());
        var json = query(CASCADE, Map.of("from", qz, "direction", "UP", "depth", 4));
        assertThat(json.getList("data.cascade.nodes.label")).contains("全省邮政管理半年工作会议",
                "2020年全國郵政管理半年工作電視電話會議", "習近平總書記關于郵政快遞業重要指示批示精神");
        assertThat(json.getList("data.cascade.nodes.label")).doesNotContain("擴大集會");
    }

    @Test
    void depthBeyondTheHardCapIsRefusedNamingTheCap() {
        var json = query(CASCADE, Map.of("from", DIRECTIVE, "direction", "DOWN", "depth", 99));
        assertThat(json.getString("errors[0].message"))
                .isEqualTo("maxDepth must be between 1 and 8 (policygraph.api.max-cascade-depth), got 99");
        assertThat(json.getString("errors[0].extensions.code")).isEqualTo("invalid-argument");
        var negative = query(CASCADE, Map.of("from", DIRECTIVE, "direction", "DOWN", "depth", -1));
        assertThat(negative.getString("errors[0].extensions.code")).isEqualTo("invalid-argument");
        assertThat(json.getString("data.cascade")).isNull();
        var shallow = query(CASCADE, Map.of("from", DIRECTIVE, "direction", "DOWN", "depth", 1));
        assertThat(shallow.getList("data.cascade.nodes.kind")).containsOnly("DIRECTIVE", "MEETING");
    }

    @Test
    void fuzzyLinksAreListedForReviewAndCanBeUndone() {
        var links = query("{ fuzzyRelayLinks { from { id name } to { id name } confidence referencedAs } }");
        List<Map<String, Object>> list = links.getList("data.fuzzyRelayLinks");
        assertThat(list).isNotEmpty();
        var sc = list.stream().filter(l -> "擴大集會".equals(((Map<?, ?>) l.get("from")).get("name"))).findFirst()
                .orElseThrow();
        var undone = query("mutation($from: ID!, $to: ID!) { unlinkRelay(from: $from, to: $to) { name placeholder } }",
                Map.of("from", ((Map<?, ?>) sc.get("from")).get("id"), "to", ((Map<?, ?>) sc.get("to")).get("id")));
        assertThat(undone.getBoolean("data.unlinkRelay.placeholder")).isTrue();
        assertThat(undone.getString("data.unlinkRelay.name")).isEqualTo("上半年全國郵政管理工作TV電話會議");
    }
}
