package dev.policygraph.api;

import static dev.policygraph.GraphQl.query;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Aggregates as a dashboard reads them, over the seed graph (other tests may add articles; bounds allow that). */
@QuarkusTest
class DashboardTests {

    @jakarta.inject.Inject
    WarmUp warmUp;

    @Test
    void theDashboardsQuestionsAreAskedOnceAfterStartWithoutFailing() throws InterruptedException {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
        while (warmUp.last().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(warmUp.last()).as("the warm-up finished").isPresent();
        assertThat(warmUp.last().get().failure()).as("the warm-up's failure").isEmpty();
    }

    @Test
    void meetingsPerMonthAreFlatPointsWithAnIsoTime() {
        var json = query("{ timeSeries(metric: MEETINGS, interval: MONTH) { time count } }");
        List<Map<String, Object>> points = json.getList("data.timeSeries");
        assertThat(points).extracting(p -> p.get("time")).contains("2020-07-01");
        assertThat(points).extracting(p -> p.get("time")).isSorted();
        var yearly = query("{ timeSeries(metric: MEETINGS, interval: YEAR, where: {from: \"2020-01-01\", to: \"2020-12-31\"}) { time count } }");
        assertThat(yearly.getList("data.timeSeries.time")).containsExactly("2020-01-01");
        var empty = query("{ timeSeries(metric: MEETINGS, where: {from: \"1999-01-01\", to: \"1999-12-31\"}) { time count } }");
        assertThat(empty.getList("data.timeSeries.time")).as("every month of the range, zero-filled").hasSize(12)
                .startsWith("1999-01-01").endsWith("1999-12-01");
        assertThat(empty.getList("data.timeSeries.count", Integer.class)).containsOnly(0);
    }

    @Test
    void aSeriesHasEveryBucketOfTheAskedRangeWithZerosWhereNothingHappened() {
        var year = query("{ timeSeries(metric: MEETINGS, interval: MONTH, where: {from: \"2020-01-15\", to: \"2020-12-31\"}) { time count } }");
        assertThat(year.getList("data.timeSeries.time")).hasSize(12).startsWith("2020-01-01");
        List<Integer> counts = year.getList("data.timeSeries.count", Integer.class);
        assertThat(counts.get(6)).as("July 2020 holds the seed meeting").isPositive();
        assertThat(counts.get(0)).isZero();
        var byLevel = query("{ timeSeriesByLevel(interval: MONTH, where: {from: \"2020-06-01\", to: \"2020-08-31\"}) { time level count } }");
        assertThat(byLevel.getList("data.timeSeriesByLevel")).hasSizeGreaterThanOrEqualTo(3);
        assertThat(byLevel.getList("data.timeSeriesByLevel.time")).contains("2020-06-01", "2020-07-01", "2020-08-01");
    }

    @Test
    void aDaySeriesOverDecadesIsRefusedNamingTheWayOut() {
        var json = query("{ timeSeries(metric: MEETINGS, interval: DAY, where: {from: \"1950-01-01\", to: \"2020-12-31\"}) { time } }");
        assertThat(json.getString("errors[0].extensions.code")).isEqualTo("invalid-argument");
        assertThat(json.getString("errors[0].message")).contains("buckets").contains("longer interval");
    }

    @Test
    void tasksAndInitiativeMentionsCountTheSeedMeeting() {
        var tasks = query("{ timeSeries(metric: TASKS, interval: DAY, where: {from: \"2020-07-16\", to: \"2020-07-16\"}) { time count } }");
        assertThat(tasks.getList("data.timeSeries.time")).containsExactly("2020-07-16");
        // six tasks plus the chair's requirements
        assertThat(tasks.getInt("data.timeSeries[0].count")).isGreaterThanOrEqualTo(6);

        String initiative = query("{ initiatives(search: \"两进一出\") { nodes { id } } }").getString("data.initiatives.nodes[0].id");
        var mentions = query("query($i: ID) { timeSeries(metric: INITIATIVE_MENTIONS, where: {initiative: $i}) { time count } }",
                Map.of("i", initiative));
        assertThat(mentions.getInt("data.timeSeries[0].count")).isPositive();
        var byLevel = query("query($i: ID) { timeSeriesByLevel(where: {initiative: $i}) { time level count } }",
                Map.of("i", initiative));
        assertThat(byLevel.getList("data.timeSeriesByLevel.level")).contains("MINISTRY");
    }

    @Test
    void eachFilterNarrowsTheSeriesToTheMeetingsItAdmits() {
        String day = "interval: DAY, where: {from: \"2020-07-16\", to: \"2020-07-16\"";
        String seedMeetingDay = "{ timeSeries(metric: MEETINGS, " + day + "%s}) { count } }";
        var ids = query("""
                { meetings(where: {name_CONTAINS: "郵政管理半年"}, sort: [{date: ASC}]) { nodes { convenedBy { id }
                  chairs { id } articles { id } } } }""");
        String convener = ids.getString("data.meetings.nodes.find { it.articles.size() > 0 }.convenedBy.id");
        String chair = ids.getString("data.meetings.nodes.find { it.articles.size() > 0 }.chairs[0].id");
        assertThat(query(seedMeetingDay.formatted("")).getInt("data.timeSeries[0].count")).isPositive();
        assertThat(query(seedMeetingDay.formatted(", level: MINISTRY")).getInt("data.timeSeries[0].count")).isPositive();
        assertThat(query(seedMeetingDay.formatted(", level: COUNTY")).getInt("data.timeSeries[0].count")).isZero();
        assertThat(query(seedMeetingDay.formatted(", organization: \"" + convener + "\"")).getInt("data.timeSeries[0].count"))
                .isPositive();
        assertThat(query(seedMeetingDay.formatted(", official: \"" + chair + "\"")).getInt("data.timeSeries[0].count"))
                .isPositive();
        assertThat(query(seedMeetingDay.formatted(", official: \"official:none\"")).getInt("data.timeSeries[0].count"))
                .isZero();
        var ranked = query("{ topOfficials(where: {organization: \"" + convener + "\"}, first: 50) { nodes { official { id } } } }");
        assertThat(ranked.getList("data.topOfficials.nodes.official.id")).contains(chair);
    }

    @Test
    void rankingsAreSortedByCountAndPageStably() {
        var top = query("{ topInitiatives(first: 50) { totalCount nodes { count initiative { id name } } } }");
        List<Integer> counts = top.getList("data.topInitiatives.nodes.count");
        assertThat(counts).isNotEmpty();
        assertThat(counts).isSortedAccordingTo((a, b) -> Integer.compare(b, a));

        var first = query("{ topInitiatives(first: 2) { nodes { initiative { id } } pageInfo { endCursor hasNextPage } } }");
        var second = query("query($after: String) { topInitiatives(first: 2, after: $after) { nodes { initiative { id } } } }",
                Map.of("after", first.getString("data.topInitiatives.pageInfo.endCursor")));
        List<String> all = top.getList("data.topInitiatives.nodes.initiative.id");
        assertThat(java.util.stream.Stream.concat(first.getList("data.topInitiatives.nodes.initiative.id").stream(),
                second.getList("data.topInitiatives.nodes.initiative.id").stream()).toList())
                .containsExactlyElementsOf(all.subList(0, 4));

        var officials = query("{ topOfficials(first: 10, where: {from: \"2020-07-01\", to: \"2020-07-31\"}) { nodes { count official { name } } } }");
        assertThat(officials.getList("data.topOfficials.nodes.official.name")).contains("馬軍勝");
        var tooMany = query("{ topOfficials(first: 5000) { totalCount } }");
        assertThat(tooMany.getString("errors[0].extensions.code")).isEqualTo("invalid-argument");
    }
}
