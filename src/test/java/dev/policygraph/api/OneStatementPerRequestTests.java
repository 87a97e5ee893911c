package dev.policygraph.api;

import static dev.policygraph.GraphQl.query;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import dev.policygraph.bench.QueryBenchmark;

/**
 * The five queries of the benchmark (the texts of {@link QueryBenchmark}), each answered with one Cypher statement
 * however many nested fields it selects: the statement is built from the selection set and the nested resolvers
 * read its answer.
 */
@QuarkusTest
class OneStatementPerRequestTests {

    @Inject
    Reads reads;

    @Inject
    WarmUp warmUp;

    @Test
    void theMeetingWithAllItsNestedFieldsIsOneStatement() {
        String id = seedMeetingId();
        var json = counted(1, QueryBenchmark.MEETING, Map.of("id", id));
        assertThat(json.getString("data.meeting.convenedBy.name")).isEqualTo("國家郵政局");
        assertThat(json.getList("data.meeting.chairs.name")).containsExactly("戴應軍");
        assertThat(json.getList("data.meeting.speakers.name")).containsExactlyInAnyOrder("馬軍勝", "戴應軍");
        assertThat(json.getList("data.meeting.tasks.n")).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(json.getList("data.meeting.tasks.setBy.name")).containsOnly("馬軍勝");
        assertThat(json.getList("data.meeting.attendees.titles.title").toString()).contains("局長");
        assertThat(json.getList("data.meeting.implements")).isNotEmpty();
        assertThat(json.getList("data.meeting.articles")).hasSize(1);
    }

    @Test
    void anArticlesTextIsReadWhenAskedForAndOnlyThen() {
        var json = query("query($id: ID!) { meeting(id: $id) { articles { id rawText cleanText } } }",
                Map.of("id", seedMeetingId()));
        assertThat(json.getString("data.meeting.articles[0].rawText")).contains("郵政");
        assertThat(json.getString("data.meeting.articles[0].cleanText")).contains("郵政");
        var without = query("query($id: ID!) { meeting(id: $id) { articles { id publisher } } }", Map.of("id", seedMeetingId()));
        assertThat(without.getString("data.meeting.articles[0].publisher")).isEqualTo("中國郵政快遞報社");
    }

    @Test
    void theSameFieldReachedTwiceWithDifferentSelectionsAnswersEachInFull() {
        var json = counted(1, """
                query($id: ID!) { meeting(id: $id) {
                  a: chairs { name } b: chairs { simplifiedName }
                  chairs { name meetings { id chairs { simplifiedName titles { title } } } } } }""",
                Map.of("id", seedMeetingId()));
        assertThat(json.getList("data.meeting.a.name")).containsExactly("戴應軍");
        assertThat(json.getList("data.meeting.b.simplifiedName")).containsExactly("戴应军");
        // the seed meeting again, two levels down, asked for other fields than at the top
        List<Map<String, Object>> again = json.getList("data.meeting.chairs[0].meetings.flatten().chairs.flatten()");
        assertThat(again).isNotEmpty().allSatisfy(o -> assertThat(o.get("simplifiedName")).isNotNull());
        assertThat(json.getList("data.meeting.chairs[0].meetings.chairs.flatten().titles.flatten().title").toString())
                .contains("局長");
    }

    @Test
    void anOfficialsMeetingsAreOneStatement() {
        var chair = query("query($id: ID!) { meeting(id: $id) { chairs { id } } }", Map.of("id", seedMeetingId()));
        var json = counted(1, QueryBenchmark.OFFICIALS_MEETINGS, Map.of("id", chair.getString("data.meeting.chairs[0].id")));
        assertThat(json.getList("data.official.meetings.name").toString()).contains("全國郵政管理半年工作");
    }

    @Test
    void theMonthlyAggregateAndTheSearchAreOneStatementEach() {
        assertThat(counted(1, QueryBenchmark.MONTHS, Map.of("from", "2020-01-01", "to", "2020-12-31")).getList("data.timeSeries")).isNotEmpty();
        assertThat(counted(1, QueryBenchmark.SEARCH, Map.of("text", "快遞")).getList("data.search")).isNotEmpty();
    }

    @Test
    void aDepthFourCascadeIsOneStatement() {
        var meeting = query("query($id: ID!) { meeting(id: $id) { implements { id } } }", Map.of("id", seedMeetingId()));
        String directive = meeting.getString("data.meeting.implements[0].id");
        var json = counted(1, QueryBenchmark.CASCADE, Map.of("id", directive));
        List<Map<String, Object>> implementers = json.getList("data.directive.implementedBy");
        assertThat(implementers).isNotEmpty();
        assertThat(json.getList("data.directive.implementedBy.name").toString()).contains("全國郵政管理半年工作");
    }

    /** Runs a query and asserts how many statements it cost. */
    private JsonPath counted(int statements, String graphql, Map<String, Object> variables) {
        warmUp.awaitFinished(); // its statements, in the background after the first answer, would count too
        query(graphql, variables); // plans compiled once; the count is the same either way
        long before = reads.queriesRun();
        var json = query(graphql, variables);
        assertThat(json.getList("errors")).as("errors of %s", graphql).isNull();
        assertThat(reads.queriesRun() - before).as("statements for %s", graphql).isEqualTo(statements);
        return json;
    }

    private static String seedMeetingId() {
        List<Map<String, Object>> nodes = query("""
                { meetings(search: "全國郵政管理半年工作") { nodes { id articles { id } } } }""").getList("data.meetings.nodes");
        return (String) nodes.stream().filter(n -> !((List<?>) n.get("articles")).isEmpty()).findFirst().orElseThrow()
                .get("id");
    }
}
