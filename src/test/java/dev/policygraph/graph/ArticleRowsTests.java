package dev.policygraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.policygraph.ingest.ArticleExtractor;
import dev.policygraph.ingest.ArticleGraph;
import dev.policygraph.ingest.ArticleInput;
import dev.policygraph.ingest.TestTexts;

/** The write row of the seed article, without a database: what the statement will be asked to write. */
class ArticleRowsTests {

    static final ArticleGraph SEED = new ArticleExtractor().extract(
            new ArticleInput(TestTexts.seed(), "urn:policygraph:test:seed", null));
    static final Map<String, Object> ROW = ArticleRows.of(SEED);

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(String name) {
        return (List<Map<String, Object>>) ROW.get(name);
    }

    @Test
    void everyNodeHasTheIdItsKeyGives() {
        assertThat(ROW.get("id")).isEqualTo(Ids.of("article", SEED.id()));
        for (String kind : List.of("organizations", "officials", "initiatives", "meetings", "directives", "tasks",
                "actions")) {
            assertThat(list(kind)).as(kind).isNotEmpty().allSatisfy(n -> assertThat((String) n.get("id"))
                    .startsWith(kind.equals("actions") ? "task:" : kind.replaceFirst("ies$", "y").replaceFirst("s$", "") + ":")
                    .isEqualTo(Ids.of(((String) n.get("id")).split(":")[0], (String) n.get("key"))));
        }
    }

    @Test
    void eachRoleHasItsOwnList() {
        assertThat(list("chaired")).extracting(p -> p.get("official")).containsExactly("戴应军|国家邮政局");
        assertThat(list("spoke")).extracting(p -> p.get("official")).contains("马军胜|国家邮政局", "戴应军|国家邮政局");
        assertThat(list("attended")).extracting(p -> p.get("official"))
                .containsExactly("马军胜|国家邮政局", "刘君|国家邮政局", "杨春光|国家邮政局", "赵民|国家邮政局");
    }

    @Test
    void aReportedMeetingIsNoLongerAPlaceholderAndCarriesItsEvidence() {
        var meeting = list("meetings").get(0);
        assertThat((Map<String, Object>) meeting.get("display")).containsEntry("placeholder", false)
                .containsEntry("name", "2020年全國郵政管理半年工作電視電話會議");
        assertThat((Map<String, Object>) meeting.get("evidence")).containsEntry("article", ROW.get("id"))
                .containsKeys("sentence", "start", "end", "evidence");
    }

    @Test
    void eachTitleOfAnOfficialIsHeldAtTheirBodyAsOfTheMeetingDay() {
        assertThat(list("titles")).filteredOn(t -> "马军胜|国家邮政局".equals(t.get("official")))
                .extracting(t -> t.get("title") + "@" + t.get("organization") + "@" + t.get("asOf"))
                .containsExactly("局黨組書記@国家邮政局@2020-07-16", "局長@国家邮政局@2020-07-16");
    }

    @Test
    void tasksActionsAndWhatTheyAdvanceAreKeyedByTheirMeeting() {
        String meeting = (String) list("meetings").get(0).get("key");
        assertThat(list("tasks")).extracting(t -> t.get("key")).contains(meeting + "#TASK-1", meeting + "#REQUIREMENT-3");
        assertThat(list("actions")).allSatisfy(a -> assertThat((String) a.get("key")).startsWith(a.get("task") + "."));
        assertThat(list("advances")).extracting(a -> a.get("initiative")).contains("两进一出");
        assertThat(list("setters")).extracting(s -> s.get("official")).contains("马军胜|国家邮政局");
    }

    @Test
    void theNodeIdsAnIngestReportsAreTheIdsWritten() {
        assertThat(ArticleRows.nodeIds(SEED)).contains((String) list("meetings").get(0).get("id"))
                .containsAll(list("officials").stream().map(o -> (String) o.get("id")).toList())
                .doesNotHaveDuplicates();
    }
}
