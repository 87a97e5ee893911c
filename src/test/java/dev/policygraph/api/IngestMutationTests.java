package dev.policygraph.api;

import static dev.policygraph.GraphQl.query;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class IngestMutationTests {

    private static final String INGEST = """
            mutation($text: String!) {
              ingestArticle(input: {text: $text, sourceUrl: "https://example.org/a"}) {
                created
                article { id publisher }
                meetings { name date }
                officials { name }
                tasks { focus }
                warnings { code }
              }
            }""";

    private static final String COUNTS = """
            { meetings { totalCount } officials { totalCount } tasks { totalCount } initiatives { totalCount }
              directives { totalCount } organizations { totalCount } articles { totalCount } }""";

    @Test
    void ingestingTheSeedAgainChangesNothing() throws IOException {
        String seed = Files.readString(Path.of("neo4j-seed/2020-07-16_spb-half-year-meeting.txt"), StandardCharsets.UTF_8);
        var before = query(COUNTS).getMap("data");
        var json = query(INGEST, Map.of("text", seed));
        assertThat(json.getBoolean("data.ingestArticle.created")).isFalse();
        assertThat(json.getList("data.ingestArticle.officials.name")).contains("馬軍勝");
        assertThat(query(COUNTS).getMap("data")).isEqualTo(before);
    }

    @Test
    void aNewSimplifiedArticleIsExtractedAndLinkedToExistingNodes() throws IOException {
        String text = Files.readString(Path.of("src/test/resources/corpus/chain/2020-07-20_fj-relay-half-year.txt"),
                StandardCharsets.UTF_8);
        var json = query(INGEST, Map.of("text", text));
        assertThat(json.getString("errors")).isNull();
        assertThat(json.getList("data.ingestArticle.meetings")).isNotEmpty();
        assertThat(json.getList("data.ingestArticle.officials")).isNotEmpty();

        var again = query(INGEST, Map.of("text", text));
        assertThat(again.getBoolean("data.ingestArticle.created")).isFalse();
    }

    @Test
    void aTitleWhoseBodyTheArticleDoesNotNameIsStillServed() {
        var json = query(INGEST, Map.of("text", "2023年5月20日,省生态环境厅召开党组会议,传达青海省副省长刘涛同志在全省生态环境保护大会上的"
                + "讲话精神。厅长王建华主持会议。"));
        assertThat(json.getString("errors")).isNull();

        var vice = query("""
                { officials(where: {name_CONTAINS: "刘涛"}) { nodes { titles { title asOf organization { name }
                  evidence { text } } } } }""");
        assertThat(vice.getList("data.officials.nodes[0].titles.title")).containsExactly("青海省副省长");
        assertThat(vice.getList("data.officials.nodes[0].titles.organization")).containsOnlyNulls();
        assertThat(vice.getList("data.officials.nodes[0].titles.asOf")).containsExactly("2023-05-20");
        assertThat(vice.getString("data.officials.nodes[0].titles[0].evidence.text")).contains("青海省副省长刘涛");

        var chief = query("""
                { officials(where: {name_CONTAINS: "王建华"}) { nodes { titles { title organization { name } } } } }""");
        assertThat(chief.getList("data.officials.nodes[0].titles.organization.name")).containsExactly("省生态环境厅");
    }

    @Test
    void eachTitleIsServedWithItsOwnBody() {
        var json = query(INGEST, Map.of("text", "2024年2月20日,全市公安工作会议召开。副市长、市公安局党委书记、局长于建民主持会议并讲话。"));
        assertThat(json.getString("errors")).isNull();

        var yu = query("""
                { officials(where: {name_CONTAINS: "于建民"}) { nodes { titles { title organization { name } } } } }""");
        assertThat(yu.getList("data.officials.nodes[0].titles.findAll { it.organization == null }.title"))
                .containsExactly("副市长");
        assertThat(yu.getList("data.officials.nodes[0].titles.findAll { it.organization != null }.organization.name"))
                .containsOnly("市公安局").hasSize(2);
    }
}
