package dev.policygraph.cascade;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.policygraph.TestStore;
import dev.policygraph.pipeline.Ingestion;
import dev.policygraph.ingest.ArticleExtractor;
import dev.policygraph.ingest.ArticleGraph;
import dev.policygraph.ingest.ArticleInput;

/**
 * 全省…会议 in a city bureau's article is its own province's meeting: with two provinces holding meetings of the same
 * name, each city's relay goes to its own province's, and before either arrives the two relays wait on two
 * different placeholders, not one shared by every province. Real extraction, real embedded Neo4j.
 */
class ScopedRelayTests {

    @RegisterExtension
    static final TestStore.Shared STORE = new TestStore.Shared();

    static final String FUJIAN = """
            7月20日,福建省邮政管理局召开全省邮政管理半年工作会议,传达学习全国邮政管理半年工作电视电话会议精神。\
            局党组书记、局长林志坚出席会议并讲话。
            """;
    static final String ZHEJIANG = """
            7月21日,浙江省邮政管理局召开全省邮政管理半年工作会议,传达学习全国邮政管理半年工作电视电话会议精神。\
            局党组书记、局长周建明出席会议并讲话。
            """;
    static final String QUANZHOU = """
            7月28日,泉州市邮政管理局召开局务会议,传达学习全省邮政管理半年工作会议精神,安排部署下一步工作。\
            局党组书记、局长蔡宏伟主持会议并讲话。
            """;
    static final String WENZHOU = """
            7月29日,温州市邮政管理局召开全体干部会议,传达学习全省邮政管理半年工作会议精神,部署落实措施。\
            局党组书记、局长王立新主持会议并讲话。
            """;

    /** The same relays naming the province's body by its short form (省局), as city bureaus write. */
    static final String QUANZHOU_SHORT = QUANZHOU.replace("传达学习全省", "传达学习省局全省");
    static final String WENZHOU_SHORT = WENZHOU.replace("传达学习全省", "传达学习省局全省");

    static final String JIANGSU_ECO = """
            1月10日,江苏省生态环境厅召开全省生态环境保护工作会议,部署2021年重点工作。厅党组书记、厅长王天琦出席会议并讲话。
            """;
    static final String ZHEJIANG_ECO = """
            1月12日,浙江省生态环境厅召开全省生态环境保护工作会议,部署2021年重点工作。厅党组书记、厅长方敏出席会议并讲话。
            """;
    static final String NINGBO_ECO = """
            1月15日,宁波市生态环境局召开局务会议,传达学习省厅全省生态环境保护工作会议精神,研究贯彻落实意见。\
            局党组书记、局长张晓峰主持会议并讲话。
            """;

    @BeforeEach
    void wipe() {
        Graphs.wipe(STORE.graph());
    }

    private static ArticleGraph article(String text, String day) {
        return new ArticleExtractor().extract(new ArticleInput(text, null, OffsetDateTime.parse("2020-07-" + day
                + "T10:00:00+08:00")));
    }

    /** Relaying body → body whose meeting it relays (placeholders: the placeholder's key). */
    private static Map<String, String> relays() {
        return STORE.graph().execute("""
                MATCH (g:Organization)-[cv:CONVENED]->(:Meeting)-[:RELAYS]->(t:Meeting)
                WHERE cv.fromRelay IS NULL AND g.key ENDS WITH '市邮政管理局'
                OPTIONAL MATCH (h:Organization)-[c:CONVENED]->(t) WHERE c.fromRelay IS NULL
                RETURN g.key AS from, coalesce(h.key, t.key) AS to""").stream()
                .collect(Collectors.toMap(r -> r.get("from").asString(), r -> r.get("to").asString()));
    }

    @Test
    void eachCityRelaysItsOwnProvincesMeetingOfThatName() {
        var ingestion = Ingestion.over(STORE.graph());
        ingestion.store(List.of(article(FUJIAN, "20"), article(ZHEJIANG, "21")));
        ingestion.store(List.of(article(QUANZHOU, "28"), article(WENZHOU, "29")));

        assertThat(relays()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "泉州市邮政管理局", "福建省邮政管理局",
                "温州市邮政管理局", "浙江省邮政管理局"));
    }

    @Test
    void citiesFirstWaitOnTheirOwnProvincesPlaceholdersThenMove() {
        var ingestion = Ingestion.over(STORE.graph());
        ingestion.store(List.of(article(QUANZHOU, "28"), article(WENZHOU, "29")));
        var waiting = relays();
        assertThat(waiting.get("泉州市邮政管理局")).contains("福建省").doesNotContain("浙江");
        assertThat(waiting.get("温州市邮政管理局")).contains("浙江省").doesNotContain("福建");

        ingestion.store(article(ZHEJIANG, "21"));
        ingestion.store(article(FUJIAN, "20"));
        assertThat(relays()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "泉州市邮政管理局", "福建省邮政管理局",
                "温州市邮政管理局", "浙江省邮政管理局"));
        assertThat(STORE.graph().execute("MATCH (m:Meeting {placeholder: true}) WHERE m.name STARTS WITH '全省' "
                + "RETURN count(m) AS n").get(0).get("n").asLong()).isZero();
    }

    @Test
    void aRelayNamingTheProvincesBureauByItsShortFormGoesToItsOwnProvinceInEitherOrder() {
        var ingestion = Ingestion.over(STORE.graph());
        ingestion.store(List.of(article(FUJIAN, "20"), article(ZHEJIANG, "21")));
        ingestion.store(List.of(article(QUANZHOU_SHORT, "28"), article(WENZHOU_SHORT, "29")));
        var provincesFirst = relays();
        Graphs.wipe(STORE.graph());
        ingestion.store(List.of(article(QUANZHOU_SHORT, "28"), article(WENZHOU_SHORT, "29")));
        ingestion.store(article(ZHEJIANG, "21"));
        ingestion.store(article(FUJIAN, "20"));
        var citiesFirst = relays();

        for (var linked : List.of(provincesFirst, citiesFirst)) {
            assertThat(linked).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "泉州市邮政管理局", "福建省邮政管理局",
                    "温州市邮政管理局", "浙江省邮政管理局"));
        }
    }

    @Test
    void aCityBureauRelayingItsProvincesDepartmentBy省厅ReachesThatDepartmentNotAnotherProvinces() {
        var ingestion = Ingestion.over(STORE.graph());
        ingestion.store(article(NINGBO_ECO.replace("1月15日", "7月15日"), "16"));
        ingestion.store(List.of(article(JIANGSU_ECO.replace("1月10日", "7月10日"), "11"),
                article(ZHEJIANG_ECO.replace("1月12日", "7月12日"), "13")));
        var linked = STORE.graph().execute("""
                MATCH (:Organization {key: '宁波市生态环境局'})-[:CONVENED]->(:Meeting)-[:RELAYS]->(t:Meeting)
                MATCH (h:Organization)-[c:CONVENED]->(t) WHERE c.fromRelay IS NULL
                RETURN h.key AS to""");
        assertThat(linked).extracting(r -> r.get("to").asString()).containsExactly("浙江省生态环境厅");
    }

    @Test
    void migrationPlacesRelaysLinkedBeforeScopingAgain() {
        var ingestion = Ingestion.over(STORE.graph());
        ingestion.store(List.of(article(FUJIAN, "20"), article(ZHEJIANG, "21"), article(QUANZHOU, "28"),
                article(WENZHOU, "29")));
        // A STORE.graph() linked before scoping: both city relays carry the unscoped key and point at 浙江's meeting.
        STORE.graph().execute("""
                MATCH (:Organization {key: '浙江省邮政管理局'})-[:CONVENED]->(zj:Meeting {placeholder: false})
                MATCH (a:Meeting)-[e:RELAYS]->() WHERE e.refName STARTS WITH '全省'
                CREATE (a)-[n:RELAYS]->(zj) SET n = properties(e), n.refKey = $unscoped
                DELETE e""", Map.of("unscoped",
                dev.policygraph.ingest.script.Keys.meetingKey(2020, null, "全省邮政管理半年工作会议", null)));
        assertThat(relays()).containsEntry("泉州市邮政管理局", "浙江省邮政管理局");

        assertThat(ScopedRelayBackfill.run(STORE.graph(), new RelayLinker(RelayLinker.DEFAULT_THRESHOLD))).isEqualTo(2);
        assertThat(relays()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "泉州市邮政管理局", "福建省邮政管理局",
                "温州市邮政管理局", "浙江省邮政管理局"));
        assertThat(ScopedRelayBackfill.run(STORE.graph(), new RelayLinker(RelayLinker.DEFAULT_THRESHOLD)))
                .as("a second run finds nothing left").isZero();
    }
}
