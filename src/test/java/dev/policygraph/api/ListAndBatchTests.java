package dev.policygraph.api;

import static dev.policygraph.GraphQl.query;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ListAndBatchTests {

    @Inject
    Reads reads;

    @Inject
    WarmUp warmUp;

    @Test
    void aListWithNestedFieldsCostsItsCountAndOneStatementForThePage() {
        String nested = """
                { tasks(first: 50) { nodes { focus setBy { name } meeting { name } initiatives { name } actions { text } } } }""";
        var json = query(nested);
        int parents = json.getList("data.tasks.nodes").size();
        assertThat(parents).isGreaterThan(5);

        warmUp.awaitFinished(); // its statements, in the background after the first answer, would count too
        long before = reads.queriesRun();
        long transactions = reads.requestTransactionsOpened();
        query(nested);
        long used = reads.queriesRun() - before;
        // the count, and the page with the four nested fields inside its statement
        assertThat(used).isEqualTo(2);
        assertThat(reads.requestTransactionsOpened() - transactions).as("both in the request's transaction")
                .isEqualTo(1);
    }

    @Test
    void pagesFollowEachOtherWithoutGapsOrRepeats() {
        var all = query("{ tasks(first: 200) { totalCount nodes { id } } }");
        int total = all.getInt("data.tasks.totalCount");
        assertThat(total).isGreaterThan(3);

        var first = query("{ tasks(first: 2) { nodes { id } pageInfo { endCursor hasNextPage } } }");
        assertThat(first.getBoolean("data.tasks.pageInfo.hasNextPage")).isTrue();
        var second = query("query($after: String) { tasks(first: 2, after: $after) { nodes { id } } }",
                Map.of("after", first.getString("data.tasks.pageInfo.endCursor")));
        assertThat(first.getList("data.tasks.nodes.id")).doesNotContainAnyElementsOf(second.getList("data.tasks.nodes.id"));
        assertThat(all.getList("data.tasks.nodes.id").subList(0, 4)).containsExactlyElementsOf(
                java.util.stream.Stream.concat(first.getList("data.tasks.nodes.id").stream(),
                        second.getList("data.tasks.nodes.id").stream()).toList());
    }

    @Test
    void edgesCarryTheNodesInOrderEachWithACursorThatResumesAfterIt() {
        var page = query("{ tasks(first: 3) { nodes { id } edges { cursor node { id } } pageInfo { endCursor } } }");
        assertThat(page.getList("data.tasks.edges.node.id")).hasSize(3)
                .containsExactlyElementsOf(page.getList("data.tasks.nodes.id"));
        assertThat(page.getString("data.tasks.edges[2].cursor")).isEqualTo(page.getString("data.tasks.pageInfo.endCursor"));
        var after = query("query($after: String) { tasks(first: 1, after: $after) { nodes { id } } }",
                Map.of("after", page.getString("data.tasks.edges[0].cursor")));
        assertThat(after.getString("data.tasks.nodes[0].id")).isEqualTo(page.getString("data.tasks.nodes[1].id"));
    }

    @Test
    void everyListTakesWhereAndSortInTheSameVocabulary() {
        var officials = query("""
                { officials(where: {heldTitleAt: {level: MINISTRY}}, sort: [{name: DESC}], first: 50) {
                    totalCount nodes { simplifiedName titles { organization { level } } } } }""");
        assertThat(officials.getInt("data.officials.totalCount")).isGreaterThanOrEqualTo(2);
        List<String> names = officials.getList("data.officials.nodes.simplifiedName");
        assertThat(names).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(officials.getList("data.officials.nodes", Map.class)).allSatisfy(o ->
                assertThat(o.toString()).contains("level=MINISTRY"));
        var provincialOnly = query("""
                { officials(where: {heldTitleAt: {level: PROVINCIAL}, name_CONTAINS: "%s"}) { totalCount } }"""
                .formatted(names.get(0)));
        assertThat(provincialOnly.getInt("data.officials.totalCount")).as("a ministry official held no provincial title")
                .isZero();

        var bodies = query("""
                { organizations(where: {level: MINISTRY}, sort: [{name: ASC}], first: 50) { nodes { level simplifiedName } } }""");
        assertThat(bodies.getList("data.organizations.nodes.level")).isNotEmpty().containsOnly("MINISTRY");
        assertThat(bodies.getList("data.organizations.nodes.simplifiedName", String.class)).isSorted();
        var byLevel = query("{ organizations(sort: [{level: ASC}, {name: ASC}], first: 200) { nodes { level } } }");
        List<String> levels = byLevel.getList("data.organizations.nodes.level");
        var order = List.of("CENTRAL", "MINISTRY", "PROVINCIAL", "MUNICIPAL", "COUNTY", "UNKNOWN");
        assertThat(levels).isSortedAccordingTo(java.util.Comparator.comparingInt(order::indexOf));

        var requirements = query("{ tasks(where: {kind: REQUIREMENT}, first: 200) { totalCount nodes { kind } } }");
        assertThat(requirements.getList("data.tasks.nodes.kind")).isNotEmpty().containsOnly("REQUIREMENT");
        var byKind = query("{ tasks(sort: [{kind: DESC}], first: 200) { nodes { kind } } }");
        var kinds = List.of("TASK", "REQUIREMENT", "ACHIEVEMENT", "ACTION");
        assertThat(byKind.getList("data.tasks.nodes.kind", String.class))
                .isSortedAccordingTo(java.util.Comparator.comparingInt((String k) -> kinds.indexOf(k)).reversed());

        var seed = query("""
                { articles(where: {sourceUrl_STARTS_WITH: "urn:policygraph:seed:", publishedAt_GTE: "2020-07-01"},
                           sort: [{publishedAt: ASC}]) { totalCount nodes { sourceUrl } } }""");
        assertThat(seed.getInt("data.articles.totalCount")).isGreaterThanOrEqualTo(1);
        assertThat(seed.getList("data.articles.nodes.sourceUrl", String.class)).allMatch(u -> u.startsWith("urn:policygraph:seed:"));
        var before = query("""
                { articles(where: {sourceUrl_STARTS_WITH: "urn:policygraph:seed:", publishedAt_LTE: "2000-01-01"}) { totalCount } }""");
        assertThat(before.getInt("data.articles.totalCount")).isZero();

        var directives = query("{ directives(where: {text_CONTAINS: \"郵政\"}, sort: [{text: ASC}]) { nodes { text } } }");
        assertThat(directives.getList("data.directives.nodes.text", String.class)).isNotEmpty()
                .allMatch(t -> t.contains("郵政") || t.contains("邮政"));
        var initiatives = query("{ initiatives(sort: [{name: DESC}], first: 100) { nodes { simplifiedName } } }");
        assertThat(initiatives.getList("data.initiatives.nodes.simplifiedName", String.class)).isNotEmpty()
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void aSortKeyWithTwoFieldsIsRefusedNamingTheInput() {
        var json = query("{ tasks(sort: [{text: ASC, kind: ASC}]) { totalCount } }");
        assertThat(json.getString("errors[0].message")).contains("TaskSort");
        assertThat(json.getString("errors[0].extensions.code")).isEqualTo("invalid-argument");
    }

    @Test
    void whereFiltersOnTheConveningBodyAndItsLevel() {
        var ministry = query("""
                { meetings(where: {name_CONTAINS: "半年工作", convenedBy: {level: MINISTRY}}, first: 50) {
                    totalCount nodes { name convenedBy { name level } } } }""");
        assertThat(ministry.getInt("data.meetings.totalCount")).isGreaterThanOrEqualTo(1);
        assertThat(ministry.getList("data.meetings.nodes.convenedBy.level")).containsOnly("MINISTRY");
        assertThat(ministry.getList("data.meetings.nodes.name", String.class))
                .allMatch(n -> n.contains("半年工作") || n.contains("半年工作".replace('会', '會')));
        var county = query("""
                { meetings(where: {name_CONTAINS: "半年工作", convenedBy: {level: COUNTY}}) { totalCount } }""");
        assertThat(county.getInt("data.meetings.totalCount")).isZero();
        var byName = query("""
                { meetings(where: {convenedBy: {name_CONTAINS: "國家郵政局"}}, first: 50) { nodes { convenedBy { name } } } }""");
        assertThat(byName.getList("data.meetings.nodes.convenedBy.name", String.class)).isNotEmpty()
                .allMatch(n -> n.contains("邮政局") || n.contains("郵政局"));
    }

    @Test
    void sortOrdersByTheKeysGivenUndatedLast() {
        for (String text : new String[] {"2019年4月2日,海南省邮政管理局召开2019年全省邮政市场监管工作会议。",
                "2021年9月8日,湖南省应急管理厅召开全省安全生产专项整治推进会。", "近日,长沙市邮政管理局召开局务会议。"}) {
            assertThat(query("mutation ($t: String!) { ingestArticle(input: {text: $t}) { article { id } } }",
                    Map.of("t", text)).getString("data.ingestArticle.article.id")).isNotNull();
        }
        var byName = query("{ meetings(sort: [{name: ASC}], first: 200) { nodes { simplifiedName } } }");
        var names = byName.getList("data.meetings.nodes.simplifiedName", String.class);
        assertThat(names).hasSizeGreaterThan(1).isSorted();
        var byNameDesc = query("{ meetings(sort: [{name: DESC}], first: 200) { nodes { simplifiedName } } }");
        assertThat(byNameDesc.getList("data.meetings.nodes.simplifiedName", String.class))
                .containsExactlyElementsOf(names.reversed());
        var byDate = query("{ meetings(sort: [{date: ASC}, {name: ASC}], first: 200) { nodes { date } } }");
        var dates = byDate.getList("data.meetings.nodes.date", String.class);
        var dated = dates.stream().takeWhile(java.util.Objects::nonNull).toList();
        assertThat(dated).isNotEmpty().isSorted();
        assertThat(dates.subList(dated.size(), dates.size())).as("undated last").containsOnlyNulls();
    }

    @Test
    void aSortKeySettingTwoFieldsOrAnUnknownLevelIsRefusedNamingWhatIsAllowed() {
        var two = query("{ meetings(sort: [{date: ASC, name: DESC}]) { totalCount } }");
        assertThat(two.getString("errors[0].extensions.code")).isEqualTo("invalid-argument");
        assertThat(two.getString("errors[0].message")).contains("exactly one field");
        var typo = query("{ meetings(where: {convenedBy: {level: MINISTERY}}) { totalCount } }");
        assertThat(typo.getString("errors[0].extensions.code")).isEqualTo("invalid-query");
        assertThat(typo.getString("errors[0].message")).contains("MINISTERY");
        assertThat(typo.getMap("data")).isNull();
    }

    @Test
    void aPageLargerThanTheLimitIsRefusedNamingTheLimit() {
        var json = query("{ meetings(first: 100000) { totalCount } }");
        assertThat(json.getString("errors[0].message")).contains("first must be at most").contains("max-page-size");
        assertThat(json.getString("errors[0].extensions.code")).isEqualTo("invalid-argument");
    }

    @Test
    void aForgedCursorIsRefused() {
        var json = query("{ meetings(after: \"bm90LWEtY3Vyc29y\") { totalCount } }");
        assertThat(json.getString("errors[0].extensions.code")).isEqualTo("invalid-argument");
    }

    @Test
    void meetingsFilterByDateRange() {
        var inside = query("{ meetings(from: \"2020-07-01\", to: \"2020-07-31\") { nodes { date } } }");
        assertThat(inside.getList("data.meetings.nodes.date")).contains("2020-07-16");
        var outside = query("{ meetings(from: \"2021-01-01\", to: \"2021-12-31\") { nodes { date } } }");
        assertThat(outside.getList("data.meetings.nodes.date")).doesNotContain("2020-07-16");
    }
}
