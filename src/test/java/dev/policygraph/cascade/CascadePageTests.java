package dev.policygraph.cascade;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import dev.policygraph.GraphQl;
import dev.policygraph.HeadlessChromium;
import dev.policygraph.NoSeedProfile;
import dev.policygraph.PageStore;
import dev.policygraph.graph.store.GraphStore;
import dev.policygraph.pipeline.Ingestion;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The cascade page in a real headless Chromium (Debian's chromium + chromium-driver; nothing is downloaded), on one
 * store filled once for the class: the chain-A articles and 2 000 synthetic articles. The relay correction runs
 * last, since it changes the store.
 */
@QuarkusTest
@TestProfile(NoSeedProfile.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CascadePageTests {

    static final int ARTICLES = PageStore.SYNTHETIC;
    private static final String LEVEL_ORDER = "['CENTRAL','MINISTRY','PROVINCIAL','MUNICIPAL','COUNTY','UNKNOWN']";

    @TestHTTPResource("/cascade.html")
    URL page;

    @Inject
    GraphStore store;

    @Inject
    Ingestion ingestion;

    private ChromeDriver browser;

    @BeforeEach
    void fillStoreOnceAndOpenBrowser() {
        PageStore.ensure(store, ingestion);
        browser = HeadlessChromium.open(1400, 1000);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    @Order(1)
    void theSeedChainDrawsWithTheNationalMeetingAndItsRelaysAndShowsEvidenceOnClick() {
        open("?from=" + CascadeQueryTests.DIRECTIVE);
        @SuppressWarnings("unchecked")
        List<String> labels = (List<String>) js(
                "return window.cascadeGraph.nodes('[node]').map(n => n.data('node').label);");
        assertThat(labels).contains("2020年全國郵政管理半年工作電視電話會議", "全省邮政管理半年工作会议", "擴大集會");
        assertThat((Long) js("return window.cascadeGraph.edges('[type = \"RELAYS\"]').length;"))
                .isGreaterThanOrEqualTo(2);

        js("""
                const n = window.cascadeGraph.nodes('[node]').filter(n => n.data('node').label === '擴大集會');
                n.select(); n.emit('tap');""");
        assertThat(browser.findElement(By.id("evidence")).getText())
                .contains("擴大集會").contains("傳達進修上半年全國郵政管理工作TV電話會議精神");
        assertThat(status()).doesNotContain("error");
    }

    @Test
    @Order(2)
    void aLargeDownCascadeIsBandedByLevelWithGroupsAndFoldedTasksAndLoadsQuickly() throws Exception {
        String directive = largestDirectiveCascade();
        long start = System.nanoTime();
        open("?from=" + directive + "&direction=DOWN");
        long seen = (System.nanoTime() - start) / 1_000_000;
        long loadMs = Long.parseLong(browser.findElement(By.tagName("body")).getDomAttribute("data-load-ms"));
        long nodes = (Long) js("return window.cascadeGraph.nodes('[node], [group]').length;");
        System.out.printf("cascade.html: navigation start to data-loaded %d ms (%d ms seen by the test) for a cascade "
                + "of %s on %d synthetic articles; zoom %.2f after fit%n", loadMs, seen, status(), ARTICLES,
                ((Number) js("return window.cascadeGraph.zoom();")).doubleValue());
        assertThat(loadMs).as("page load, navigation start to first drawing").isLessThan(10_000);
        assertThat(status()).doesNotContain("error").doesNotContain("cut at");
        assertThat(Integer.parseInt(status().split(" ")[0])).as("cascade size").isGreaterThanOrEqualTo(150);

        assertBandsTopDown();
        // crowded bands are folded into groups that say how many meetings they hold
        @SuppressWarnings("unchecked")
        List<String> groups = (List<String>) js("return window.cascadeGraph.nodes('[group]').map(n => n.data('label'));");
        assertThat(groups).isNotEmpty().allMatch(l -> l.matches("(?s).+\\n\\d+ meetings"));
        assertThat(nodes).as("visible nodes after folding").isLessThan(120);
        assertThat(overlapsWithLegend()).as("nodes drawn under the legend").isZero();
        assertThat(outsideTheCanvas()).as("nodes outside the canvas after fit").isZero();
        assertThat(overlappingNodes()).as("nodes or labels drawn over each other").isEmpty();
        assertThat(((Number) js("return window.cascadeGraph.zoom();")).doubleValue())
                .as("zoom after fit: 12 px labels stay above 6.5 px on screen").isGreaterThanOrEqualTo(0.55);

        // tasks start folded in a large cascade; a click on a meeting opens them below it, another folds them
        assertThat(browser.findElement(By.id("allTasks")).isSelected()).isFalse();
        assertThat(taskCount()).isZero();
        String meeting = (String) js("""
                return window.cascadeGraph.nodes('[folded > 0]').filter(n => n.data('kind') === 'MEETING')[0].id();""");
        long folded = (Long) js("return window.cascadeGraph.$id(arguments[0]).data('folded');", meeting);
        tap(meeting);
        assertThat(taskCount()).isEqualTo(folded);
        assertThat((Boolean) js("""
                const cy = window.cascadeGraph, m = cy.$id(arguments[0]);
                return cy.nodes('[kind = "TASK"]').every(t => t.position('y') > m.position('y'));""", meeting))
                .as("tasks hang below their meeting").isTrue();
        assertBandsTopDown();
        tap(meeting);
        assertThat(taskCount()).isZero();
        browser.findElement(By.id("allTasks")).click();
        assertThat(taskCount()).isGreaterThan(folded);
        assertThat(overlappingNodes()).as("with every task list open").isEmpty();
        browser.findElement(By.id("allTasks")).click();
        assertThat(taskCount()).isZero();

        // a group opens on click: its meetings take its place in the band
        String group = (String) js("return window.cascadeGraph.nodes('[group]')[0].id();");
        long members = (Long) js("return window.cascadeGraph.$id(arguments[0]).data('group').members.length;", group);
        tap(group);
        assertThat((Long) js("return window.cascadeGraph.nodes('[node], [group]').length;")).isEqualTo(nodes - 1 + members);
        assertThat((Boolean) js("return window.cascadeGraph.$id(arguments[0]).empty();", group)).isTrue();
        assertBandsTopDown();
        assertThat(overlapsWithLegend()).isZero();
        js("window.cascadeGraph.fit(undefined, 24);");
        screenshot("cascade-down.png");
    }

    @Test
    @Order(3)
    void aCityTasksUpLineageReadsFromTheDirectiveAtTheTopDownToTheTask() throws Exception {
        // a city meeting's task whose meeting relays a reported provincial meeting that relays a higher one
        var found = GraphQl.query("""
                { meetings(first: 100, where: { convenedBy: { level: MUNICIPAL } }) { nodes {
                    tasks { id } relays { placeholder convenedBy { level } relays { id } } } } }""");
        List<Map<String, Object>> meetings = found.getList("data.meetings.nodes");
        @SuppressWarnings("unchecked")
        String task = meetings.stream()
                .filter(m -> !((List<?>) m.get("tasks")).isEmpty() && ((List<Map<String, Object>>) m.get("relays"))
                        .stream().anyMatch(r -> Boolean.FALSE.equals(r.get("placeholder"))
                                && r.get("convenedBy") instanceof Map<?, ?> by && "PROVINCIAL".equals(by.get("level"))
                                && !((List<?>) r.get("relays")).isEmpty()))
                .map(m -> (String) ((List<Map<String, Object>>) m.get("tasks")).get(0).get("id"))
                .findFirst().orElseThrow();
        open("?from=" + task + "&direction=UP");
        assertThat(browser.getCurrentUrl()).contains("from=" + task.replace(":", "%3A")).contains("direction=UP");
        assertThat(status()).doesNotContain("error");
        @SuppressWarnings("unchecked")
        List<String> levels = (List<String>) js("""
                const cy = window.cascadeGraph;
                return cy.nodes('[node]').sort((a, b) => a.position('y') - b.position('y')).map(n => n.data('level'));""");
        assertThat(levels).contains("MUNICIPAL", "PROVINCIAL", "MINISTRY");
        assertBandsTopDown();
        assertThat((Boolean) js("""
                const cy = window.cascadeGraph, task = cy.$id(arguments[0]);
                const meetings = cy.nodes('[kind = "MEETING"], [kind = "DIRECTIVE"]');
                return meetings.nonempty() && meetings.every(m => m.position('y') < task.position('y'));""", task))
                .as("the task sits below every meeting and directive it descends from").isTrue();
        assertThat((Long) js("return window.cascadeGraph.nodes('[group]').length;")).isZero();
        assertThat((Long) js("return window.cascadeGraph.nodes('.band').length;")).isGreaterThanOrEqualTo(3L);
        assertThat(overlapsWithLegend()).isZero();
        screenshot("cascade-up.png");
    }

    @Test
    @Order(4)
    void thePickerFindsMeetingsInEitherScriptLabelledWithDateAndBodyAndDrawsThePickedOne() {
        open("");
        WebElement find = browser.findElement(By.id("find"));
        find.clear();
        find.sendKeys("生態環境"); // traditional script; most synthetic meetings are written in simplified
        var results = new WebDriverWait(browser, Duration.ofSeconds(20)).until(b -> {
            var items = b.findElements(By.cssSelector("#findResults li[data-id]"));
            return items.isEmpty() ? null : items;
        });
        assertThat(results).anyMatch(li -> li.getText().contains("生态环境"));
        var meeting = results.stream().filter(li -> "MEETING".equals(li.getDomAttribute("data-kind"))).findFirst()
                .orElseThrow();
        assertThat(meeting.findElement(By.className("meta")).getText())
                .as("date and convening body").matches("\\d{4}-\\d\\d-\\d\\d · .+");
        String id = meeting.getDomAttribute("data-id");
        int draws = draws();
        meeting.click();
        awaitDraws(draws + 1);
        assertThat(browser.getCurrentUrl()).contains("from=" + id.replace(":", "%3A"));
        assertThat((String) js("return window.cascadeGraph.nodes('[root = \"yes\"]')[0].id();")).isEqualTo(id);
    }

    @Test
    @Order(5)
    void aFuzzyRelayIsUnlinkedAndAnotherRePointedFromTheEvidencePanelWithTheKeyAskedOnce() {
        List<Map<String, Object>> links = GraphQl.query("{ fuzzyRelayLinks { from { id } to { id name } } }")
                .getList("data.fuzzyRelayLinks");
        assertThat(links).hasSizeGreaterThanOrEqualTo(2);
        String from = id(links.get(0), "from");
        String to = id(links.get(0), "to");

        open("?from=" + from + "&direction=UP");
        js("window.promptCalls = 0; window.prompt = () => { window.promptCalls++; return 'dev-ingest-key'; };");
        tapEdge(from, to);
        assertThat(browser.findElement(By.id("relayEdit")).isDisplayed()).isTrue();
        int draws = draws();
        browser.findElement(By.id("unlink")).click();
        awaitDraws(draws + 1);
        assertThat(browser.findElement(By.id("editStatus")).getText()).startsWith("unlinked");
        assertThat(relaysOf(from)).doesNotContain(to);
        assertThat((Boolean) js("""
                return window.cascadeGraph.edges('[edge]').some(e => e.data('edge').from === arguments[0]
                    && e.data('edge').to === arguments[1] && e.data('type') === 'RELAYS');""", from, to)).isFalse();

        // another fuzzy link, pointed at a meeting found with the same search
        var other = links.stream().skip(1).filter(l -> !id(l, "from").equals(from)).findFirst().orElseThrow();
        String from2 = id(other, "from");
        String to2 = id(other, "to");
        Map<String, Object> target = GraphQl.query("""
                { meetings(first: 20, where: { convenedBy: { level: MINISTRY }, placeholder: false }) { nodes { id name } } }""")
                .<Map<String, Object>>getList("data.meetings.nodes").stream()
                .filter(m -> !m.get("id").equals(to2) && !m.get("id").equals(to)).findFirst().orElseThrow();
        String targetId = (String) target.get("id");
        browser.get(page + "?from=" + from2 + "&direction=UP");
        awaitDraws(1);
        js("window.promptCalls = 0; window.prompt = () => { window.promptCalls++; return 'wrong'; };");
        tapEdge(from2, to2);
        WebElement search = browser.findElement(By.id("target"));
        search.sendKeys((String) target.get("name"));
        WebElement hit = new WebDriverWait(browser, Duration.ofSeconds(20)).until(b -> b.findElements(
                By.cssSelector("#targetResults li[data-id='" + targetId + "']")).stream().findFirst().orElse(null));
        draws = draws();
        hit.click();
        awaitDraws(draws + 1);
        assertThat(browser.findElement(By.id("editStatus")).getText()).startsWith("re-pointed");
        assertThat((Long) js("return window.promptCalls;")).as("the key kept in sessionStorage is not asked again")
                .isZero();
        assertThat(relaysOf(from2)).contains(targetId).doesNotContain(to2);
        assertThat((String) js("""
                const e = window.cascadeGraph.edges('[edge]').filter(e => e.data('edge').from === arguments[0]
                    && e.data('edge').to === arguments[1]);
                return e.nonempty() ? e[0].data('edge').matchedBy : null;""", from2, targetId)).isEqualToIgnoringCase("user");
    }

    // ------------------------------------------------------------------ helpers

    private void open(String query) {
        browser.get(page + query);
        awaitDraws(1);
    }

    private int draws() {
        String d = browser.findElement(By.tagName("body")).getDomAttribute("data-draws");
        return d == null ? 0 : Integer.parseInt(d);
    }

    private void awaitDraws(int n) {
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(b -> draws() >= n
                && "true".equals(b.findElement(By.tagName("body")).getDomAttribute("data-loaded")));
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    private String status() {
        return browser.findElement(By.id("status")).getText();
    }

    private long taskCount() {
        return (Long) js("return window.cascadeGraph.nodes('[kind = \"TASK\"]').length;");
    }

    private void tap(String id) {
        js("window.cascadeGraph.$id(arguments[0]).emit('tap');", id);
    }

    private void tapEdge(String from, String to) {
        Boolean tapped = (Boolean) js("""
                const e = window.cascadeGraph.edges('[edge]').filter(e => e.data('edge').from === arguments[0]
                    && e.data('edge').to === arguments[1] && e.data('edge').matchedBy === 'fuzzy');
                e.emit('tap'); return e.nonempty();""", from, to);
        assertThat(tapped).as("the fuzzy relay link is drawn").isTrue();
    }

    /** Every drawn node's level band lies wholly above the next level's, in the order CENTRAL → UNKNOWN. */
    private void assertBandsTopDown() {
        @SuppressWarnings("unchecked")
        List<List<Object>> spans = (List<List<Object>>) js("""
                const order = %s, cy = window.cascadeGraph, spans = [];
                order.forEach(level => {
                  const here = cy.nodes('[level = "' + level + '"]');
                  if (here.nonempty()) {
                    const ys = here.map(n => n.position('y'));
                    spans.push([level, Math.min(...ys), Math.max(...ys)]);
                  }
                });
                return spans;""".formatted(LEVEL_ORDER));
        assertThat(spans).hasSizeGreaterThanOrEqualTo(2);
        for (int i = 1; i < spans.size(); i++) {
            double upperMax = ((Number) spans.get(i - 1).get(2)).doubleValue();
            double lowerMin = ((Number) spans.get(i).get(1)).doubleValue();
            assertThat(upperMax).as(spans.get(i - 1).get(0) + " above " + spans.get(i).get(0)).isLessThan(lowerMin);
        }
    }

    private long overlapsWithLegend() {
        return (Long) js("""
                const g = document.getElementById('graph').getBoundingClientRect();
                const l = document.getElementById('legend').getBoundingClientRect();
                return window.cascadeGraph.nodes().filter(n => {
                  const b = n.renderedBoundingBox();
                  return g.left + b.x1 < l.right && g.left + b.x2 > l.left && g.top + b.y1 < l.bottom && g.top + b.y2 > l.top;
                }).length;""");
    }

    /** Pairs of drawn nodes (bands aside) whose boxes, labels included, intersect. */
    @SuppressWarnings("unchecked")
    private List<String> overlappingNodes() {
        return (List<String>) js("""
                const nodes = window.cascadeGraph.nodes().not('.band'), out = [];
                const boxes = nodes.map(n => [n.id(), n.boundingBox({ includeLabels: true })]);
                for (let i = 0; i < boxes.length; i++) {
                  for (let j = i + 1; j < boxes.length; j++) {
                    const [a, p] = boxes[i], [b, q] = boxes[j];
                    if (p.x1 < q.x2 && p.x2 > q.x1 && p.y1 < q.y2 && p.y2 > q.y1) {
                      out.push(a + ' / ' + b);
                    }
                  }
                }
                return out;""");
    }

    private long outsideTheCanvas() {
        return (Long) js("""
                const g = document.getElementById('graph');
                return window.cascadeGraph.nodes().filter(n => {
                  const b = n.renderedBoundingBox({ includeLabels: false });
                  return b.x1 < -1 || b.y1 < -1 || b.x2 > g.clientWidth + 1 || b.y2 > g.clientHeight + 1;
                }).length;""");
    }

    private static String id(Map<String, Object> link, String end) {
        @SuppressWarnings("unchecked")
        var m = (Map<String, Object>) link.get(end);
        return (String) m.get("id");
    }

    private static List<String> relaysOf(String meeting) {
        return GraphQl.query("query($id: ID) { meeting(id: $id) { relays { id } } }", Map.of("id", meeting))
                .getList("data.meeting.relays.id");
    }

    /**
     * The directive with the largest DOWN cascade that the size limit does not cut. Directives implemented by more
     * than eight national meetings are skipped unasked: on this corpus their cascades pass the 500-node limit.
     */
    private static String largestDirectiveCascade() {
        List<Map<String, Object>> directives = GraphQl.query("{ directives(first: 100) { nodes { id implementedBy { id } } } }")
                .getList("data.directives.nodes");
        String best = null;
        int most = 0;
        for (var d : directives) {
            if (((List<?>) d.get("implementedBy")).size() > 8) {
                continue;
            }
            var c = GraphQl.query("query($f: ID!) { cascade(from: $f) { truncated nodes { id } } }", Map.of("f", d.get("id")));
            int size = c.getList("data.cascade.nodes").size();
            if (!c.getBoolean("data.cascade.truncated") && size > most && size <= 400) {
                best = (String) d.get("id");
                most = size;
            }
        }
        return best;
    }

    private void screenshot(String name) throws Exception {
        Path target = Path.of("target", name);
        Files.createDirectories(target.getParent());
        Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(), target,
                StandardCopyOption.REPLACE_EXISTING);
        assertThat(Files.size(target)).isGreaterThan(20_000);
    }
}
