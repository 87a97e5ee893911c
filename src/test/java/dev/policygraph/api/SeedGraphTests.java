package dev.policygraph.api;

import static dev.policygraph.GraphQl.query;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The seed article, loaded at start from neo4j-seed/, as an analyst sees it through GraphQL. */
@QuarkusTest
class SeedGraphTests {

    private static final String FIND = """
            query($search: String) { meetings(search: $search) { nodes { id articles { id } } } }""";

    private static final String MEETING = """
            query($id: ID!) {
              meeting(id: $id) {
                id name date form placeholder
                convenedBy { name simplifiedName level }
                chairs { name }
                speakers { name }
                attendees { name simplifiedName }
                implements { text simplifiedText issuedBy { name kind } }
                tasks(kind: TASK) { n focus goal setBy { name } initiatives { name } }
                articles { publisher publishedAt }
              }
            }""";

    /**
     * The seed meeting, found by a name search in either script. Other tests ingest articles that relay it, which
     * may add placeholder meetings of a similar name: the seed meeting is the one an article reports.
     */
    private static JsonPath seedMeeting(String search) {
        List<Map<String, Object>> nodes = query(FIND, Map.of("search", search)).getList("data.meetings.nodes");
        var reported = nodes.stream().filter(n -> !((List<?>) n.get("articles")).isEmpty()).toList();
        assertThat(reported).as("meetings reported by an article among %s", nodes).hasSize(1);
        return query(MEETING, Map.of("id", reported.get(0).get("id")));
    }

    @Test
    void seedMeetingIsFoundWithItsDateConvenerChairAndSpeaker() {
        var json = seedMeeting("全國郵政管理半年工作");
        assertThat(json.getString("data.meeting.name")).isEqualTo("2020年全國郵政管理半年工作電視電話會議");
        assertThat(json.getString("data.meeting.date")).isEqualTo("2020-07-16");
        assertThat(json.getBoolean("data.meeting.placeholder")).isFalse();
        assertThat(json.getString("data.meeting.convenedBy.name")).isEqualTo("國家郵政局");
        assertThat(json.getString("data.meeting.convenedBy.level")).isEqualTo("MINISTRY");
        assertThat(json.getList("data.meeting.chairs.name")).containsExactly("戴應軍");
        // The chair sets three requirements (提出三點要求): he speaks too.
        assertThat(json.getList("data.meeting.speakers.name")).containsExactlyInAnyOrder("馬軍勝", "戴應軍");
        assertThat(json.getString("data.meeting.articles[0].publisher")).isEqualTo("中國郵政快遞報社");
    }

    @Test
    void seedMeetingHasFiveAttendeesAndNotTheDirectivesSource() {
        var json = seedMeeting("全国邮政管理半年工作");
        List<String> attendees = json.getList("data.meeting.attendees.name");
        assertThat(attendees).containsExactlyInAnyOrder("馬軍勝", "戴應軍", "劉君", "楊春光", "趙民");
    }

    @Test
    void seedMeetingSetsSixTasksWithFocusAndGoal() {
        var json = seedMeeting("全國郵政管理半年工作");
        List<Map<String, Object>> tasks = json.getList("data.meeting.tasks");
        assertThat(tasks).hasSize(6);
        assertThat(tasks).extracting(t -> t.get("n")).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(tasks.get(0).get("focus")).isEqualTo("細化實化工作舉措");
        assertThat(tasks.get(0).get("goal")).isEqualTo("全面落實常態化疫情防控部署");
        assertThat(tasks.get(5).get("focus")).isEqualTo("突出政治標準");
        assertThat(json.getList("data.meeting.tasks.setBy.name")).containsOnly("馬軍勝");
    }

    @Test
    void withoutAKindTasksAreWhatTheMeetingSetTasksThenRequirements() {
        String id = seedMeeting("全國郵政管理半年工作").getString("data.meeting.id");
        var json = query("query($id: ID!) { meeting(id: $id) { tasks { kind n setBy { name } } } }", Map.of("id", id));
        // the six tasks, then the chair's three requirements (要…), not the six achievements reviewed
        List<Map<String, Object>> set = json.getList("data.meeting.tasks");
        assertThat(set).extracting(t -> t.get("kind") + " " + t.get("n")).containsExactly("TASK 1", "TASK 2",
                "TASK 3", "TASK 4", "TASK 5", "TASK 6", "REQUIREMENT 1", "REQUIREMENT 2", "REQUIREMENT 3");
        assertThat(json.getList("data.meeting.tasks.setBy.name").subList(6, 9)).containsOnly("戴應軍");
        var all = query("query($id: ID!) { meeting(id: $id) { tasks(kind: ALL) { kind } } }", Map.of("id", id));
        assertThat(all.getList("data.meeting.tasks.kind")).hasSize(15).contains("ACHIEVEMENT");
    }

    @Test
    void oneNestedFieldWithTwoSetsOfArgumentsAtOneLevelIsRefusedNotAnsweredWrongly() {
        String id = seedMeeting("全國郵政管理半年工作").getString("data.meeting.id");
        var refused = query("""
                query($id: ID!) { meeting(id: $id) { t: tasks(kind: TASK) { n } a: tasks(kind: ACHIEVEMENT) { n } } }""",
                Map.of("id", id));
        assertThat(refused.getString("errors[0].extensions.code")).isEqualTo("unsupported-query");
        assertThat(refused.getString("errors[0].message")).contains("tasks").contains("kind: ACHIEVEMENT");
        var same = query("""
                query($id: ID!) { meeting(id: $id) { t: tasks(kind: TASK) { n } u: tasks(kind: TASK) { goal } } }""",
                Map.of("id", id));
        assertThat(same.getList("errors")).isNull();
        assertThat(same.getList("data.meeting.u")).hasSize(6);
    }

    @Test
    void seedMeetingImplementsTheTwoCentralDirectives() {
        var json = seedMeeting("全國郵政管理半年工作");
        // compared in simplified script: the article itself writes 關于, the gold file 關於
        List<String> directives = json.getList("data.meeting.implements.simplifiedText");
        assertThat(directives).anySatisfy(d -> assertThat(d).contains("习近平总书记关于邮政快递业重要指示批示精神"));
        assertThat(directives).anySatisfy(d -> assertThat(d).contains("党中央、国务院决策部署"));
        assertThat(json.getList("data.meeting.implements.issuedBy.name").toString()).contains("習近平", "黨中央", "國務院");
    }

    @Test
    void officialSearchMatchesEitherScript() {
        var simplified = query("{ officials(search: \"马军胜\") { totalCount nodes { id name simplifiedName } } }");
        var traditional = query("{ officials(search: \"馬軍勝\") { totalCount nodes { id name } } }");
        assertThat(simplified.getInt("data.officials.totalCount")).isEqualTo(1);
        assertThat(simplified.getString("data.officials.nodes[0].name")).isEqualTo("馬軍勝");
        assertThat(simplified.getString("data.officials.nodes[0].simplifiedName")).isEqualTo("马军胜");
        assertThat(traditional.getString("data.officials.nodes[0].id"))
                .isEqualTo(simplified.getString("data.officials.nodes[0].id"));
    }

    @Test
    void officialShowsTitlesAtTheBodyAsOfTheMeeting() {
        var json = query("""
                { officials(search: "戴应军") { nodes { titles { title asOf organization { name } } meetings { name } } } }""");
        List<String> titles = json.getList("data.officials.nodes[0].titles.title");
        assertThat(titles).containsExactlyInAnyOrder("局黨組成員", "副局長");
        assertThat(json.getList("data.officials.nodes[0].titles.asOf")).containsOnly("2020-07-16");
        assertThat(json.getList("data.officials.nodes[0].titles.organization.name")).containsOnly("國家郵政局");
    }

    @Test
    void initiativePartOfLinksAreNavigableBothWays() {
        var json = query("""
                { initiatives(search: "两进一出") { nodes { name parts { simplifiedName } tasks { focus } } } }""");
        assertThat(json.getList("data.initiatives.nodes[0].parts.simplifiedName"))
                .contains("快递进村", "快递进厂", "快递出海");
        var child = query("{ initiatives(search: \"快遞進村\") { nodes { partOf { simplifiedName } } } }");
        assertThat(child.getList("data.initiatives.nodes[0].partOf.simplifiedName")).containsExactly("两进一出");
    }

    @Test
    void globalSearchFindsTheMeetingAndTheOfficialInEitherScript() {
        var json = query("{ search(text: \"马军胜\") { id kind name } }");
        assertThat(json.getList("data.search.kind")).contains("OFFICIAL");
        var meeting = query("{ search(text: \"半年工作電視電話會議\") { kind name } }");
        assertThat(meeting.getList("data.search.kind")).contains("MEETING");
    }

    @Test
    void lookupsByIdReturnTheSameNodeAsTheList() {
        var list = query("{ meetings(first: 1) { nodes { id name } } }");
        String id = list.getString("data.meetings.nodes[0].id");
        var one = query("query($id: ID!) { meeting(id: $id) { id name } }", Map.of("id", id));
        assertThat(one.getString("data.meeting.name")).isEqualTo(list.getString("data.meetings.nodes[0].name"));
        var missing = query("{ meeting(id: \"meeting:000000000000\") { id } }");
        assertThat(missing.getString("data.meeting")).isNull();
    }

    @Test
    void articleKeepsRawTextAndReportsWhatWasRepaired() {
        var json = query("{ articles(search: \"國家郵政局\") { totalCount nodes { publishedAt publisher rawText cleanText warnings { code } meetings { name } } } }");
        assertThat(json.getInt("data.articles.totalCount")).isGreaterThanOrEqualTo(1);
        String raw = json.getString("data.articles.nodes[0].rawText");
        String clean = json.getString("data.articles.nodes[0].cleanText");
        assertThat(raw).contains("學(xué)習(xí)");
        assertThat(clean).doesNotContain("(xué)").doesNotContain("相關閱讀");
        assertThat(json.getList("data.articles.nodes[0].warnings.code")).contains("MOJIBAKE_REPAIRED");
        assertThat(json.getString("data.articles.nodes[0].publishedAt")).startsWith("2020-07-17T08:56:33");
    }
}
