package dev.policygraph.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.policygraph.GraphQl;
import dev.policygraph.NoSeedProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** {@code /q/metrics} in Prometheus format: GraphQL operations, ingest outcomes and where relays went. */
@QuarkusTest
@TestProfile(NoSeedProfile.class)
class MetricsTests {

    static final String INGEST = """
            mutation ($t: String!) { ingestArticle(input: {text: $t}) { created } }""";

    /** The sum of a series' samples whose labels include all of {@code labels} (as written: name="value"). */
    static double value(String metrics, String name, String... labels) {
        return metrics.lines().filter(l -> l.startsWith(name + "{") || l.startsWith(name + " "))
                .filter(l -> java.util.Arrays.stream(labels).allMatch(l::contains))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }

    static String metrics() {
        return given().when().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    @Test
    void ingestOutcomesRelaysAndGraphQLOperationsAreCounted() {
        String before = metrics();
        String article = "2024年3月5日,泉州市邮政管理局召开党组会议,传达学习全省邮政管理工作会议精神。局长陈明主持会议。";
        assertThat(GraphQl.query(INGEST, Map.of("t", article)).getBoolean("data.ingestArticle.created")).isTrue();
        assertThat(GraphQl.query(INGEST, Map.of("t", article)).getBoolean("data.ingestArticle.created")).isFalse();
        assertThat(GraphQl.query(INGEST, Map.of("t", "just some English words, no Chinese at all here"))
                .getString("errors[0].extensions.code")).isEqualTo("article-rejected");
        String after = metrics();

        String articles = "policygraph_ingest_articles_total";
        assertThat(after).as(after.lines().filter(l -> l.startsWith("policygraph")).toList().toString()).contains(articles);
        assertThat(value(after, articles, "outcome=\"created\"") - value(before, articles, "outcome=\"created\""))
                .isEqualTo(1.0);
        assertThat(value(after, articles, "outcome=\"duplicate\"") - value(before, articles, "outcome=\"duplicate\""))
                .isEqualTo(1.0);
        assertThat(value(after, articles, "outcome=\"rejected\"", "code=\"NOT_CHINESE\"")
                - value(before, articles, "outcome=\"rejected\"", "code=\"NOT_CHINESE\"")).isEqualTo(1.0);
        assertThat(value(after, "policygraph_relay_references_total")
                - value(before, "policygraph_relay_references_total")).isEqualTo(1.0);
        assertThat(after).contains("mp_graphql");
    }
}
