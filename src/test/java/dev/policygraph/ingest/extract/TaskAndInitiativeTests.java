package dev.policygraph.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import dev.policygraph.ingest.InitiativeRef;
import dev.policygraph.ingest.TaskItem;
import dev.policygraph.ingest.script.Script;
import dev.policygraph.ingest.segment.Segmenter;

class TaskAndInitiativeTests {

    private static Doc doc(String text) {
        return new Doc(text, Script.simplify(text), new Segmenter().split(text));
    }

    @Test
    void focusGoalAndActionsOfEachTask() {
        List<TaskItem> t = new TaskFinder().find(doc("某某要求,下半年要着力抓好以下重点工作:要以甲乙丙为重点,推进丁戊。己庚,辛壬;要以癸子为重点,确保丑寅。卯辰。"), p -> "k");
        assertEquals(2, t.size());
        assertEquals("甲乙丙", t.get(0).focus());
        assertEquals("推进丁戊", t.get(0).goal());
        assertEquals(List.of("己庚", "辛壬"), t.get(0).actions());
        assertEquals(2, t.get(1).n());
        assertEquals("k", t.get(1).setByKey());
    }

    @Test
    void ordinalItemsWithYaoAreTasksWithoutAreAchievements() {
        List<TaskItem> a = new TaskFinder().find(doc("会议指出,上半年成效明显。一是加强监管。措施甲。二是优化服务。措施乙。"), p -> null);
        assertEquals(List.of(TaskItem.Kind.ACHIEVEMENT, TaskItem.Kind.ACHIEVEMENT), a.stream().map(TaskItem::kind).toList());
        assertEquals("加强监管", a.get(0).goal());
        List<TaskItem> t = new TaskFinder().find(doc("会议强调,一是要加强监管;二是要优化服务。"), p -> null);
        assertEquals(List.of(TaskItem.Kind.TASK, TaskItem.Kind.TASK), t.stream().map(TaskItem::kind).toList());
    }

    @Test
    void shortOrdinalsYiYaoErYaoAreTasksToo() {
        List<TaskItem> t = new TaskFinder().find(doc("陈某强调,一要压实两个责任,推动督导全覆盖;二要聚焦校园食品安全;三要严守风险底线。"), p -> "c");
        assertEquals(List.of(TaskItem.Kind.TASK, TaskItem.Kind.TASK, TaskItem.Kind.TASK), t.stream().map(TaskItem::kind).toList());
        assertEquals("压实两个责任,推动督导全覆盖", t.get(0).goal());
        assertEquals("c", t.get(2).setByKey());
        assertTrue(new TaskFinder().find(doc("发展是第一要务,一要素齐全。"), p -> null).isEmpty());
    }

    @Test
    void numberedDemandsBecomeRequirements() {
        List<TaskItem> r = new TaskFinder().find(doc("张某就贯彻落实会议精神提出两点要求:要统一思想,凝聚共识;要狠抓落实。"), p -> null);
        assertEquals(2, r.size());
        assertEquals(TaskItem.Kind.REQUIREMENT, r.get(0).kind());
        assertEquals("要统一思想", r.get(0).goal());
        assertEquals(List.of("凝聚共识"), r.get(0).actions());
    }

    @Test
    void unnumberedYaoClausesAfterEmphasisAreRequirements() {
        List<TaskItem> r = new TaskFinder().find(doc("王某强调,要提高政治站位,要压实安全责任;要加强队伍建设。"), p -> "w");
        assertEquals(List.of("要提高政治站位", "要压实安全责任", "要加强队伍建设"), r.stream().map(TaskItem::goal).toList());
        assertEquals(TaskItem.Kind.REQUIREMENT, r.get(2).kind());
        assertTrue(new TaskFinder().find(doc("王某强调,做好下半年工作十分重要,要统筹推进。"), p -> null).isEmpty());
    }

    @Test
    void numberedDemandsAreNotCountedAgainAsSemicolonDemands() {
        List<TaskItem> r = new TaskFinder().find(doc("张某提出两点要求:一是要统一思想,凝聚共识;二是要狠抓落实,确保见效。"), p -> null);
        assertEquals(List.of("统一思想,凝聚共识", "狠抓落实,确保见效"), r.stream().map(TaskItem::goal).toList());
        List<TaskItem> f = new TaskFinder().find(doc("张某提出两点要求:一要以安全为重点,排查隐患;二要以服务为重点,提升水平。"), p -> null);
        assertEquals(List.of(TaskItem.Kind.TASK, TaskItem.Kind.TASK), f.stream().map(TaskItem::kind).toList());
    }

    @Test
    void unnumberedDemandRunsToTheNextYaoClauseWithItsHeadlineUpToTheFullStop() {
        List<TaskItem> r = new TaskFinder().find(doc("王某强调,要以备案为抓手,摸清底数。各企业要核对信息;要以规范为导向,提升质量。严禁违规收费。"), p -> "w");
        assertEquals(List.of("要以备案为抓手,摸清底数", "要以规范为导向,提升质量"), r.stream().map(TaskItem::goal).toList());
        assertEquals(List.of("各企业要核对信息"), r.get(0).actions());
    }

    @Test
    void quotedNumericCodeBeforeAProgrammeWordIsAnInitiative() {
        Set<String> keys = new InitiativeFinder().find(doc("全面推行“9792”工程,完成率达到“100%”。")).initiatives().stream()
                .map(InitiativeRef::key).collect(Collectors.toSet());
        assertEquals(Set.of("9792"), keys);
    }

    @Test
    void parenthesisAfterAProgrammeListsItsParts() {
        InitiativeFinder.Result r = new InitiativeFinder().find(doc("实施“两进一出”工程(快递进厂、快递进村、快递出海)。"));
        Set<String> links = r.partOf().stream().map(p -> p.childKey() + "<" + p.parentKey()).collect(Collectors.toSet());
        assertEquals(Set.of("快递进厂<两进一出", "快递进村<两进一出", "快递出海<两进一出"), links);
    }

    @Test
    void aliasesAndSlogansAndMergedPlanWord() {
        InitiativeFinder.Result r = new InitiativeFinder().find(doc("推进“快遞進農村”,增强“四个意识”,完成“十三五”规划。"));
        Set<String> keys = r.initiatives().stream().map(InitiativeRef::key).collect(Collectors.toSet());
        assertEquals(Set.of("快递进村", "十三五规划"), keys);
    }
}
