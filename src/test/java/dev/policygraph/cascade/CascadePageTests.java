package dev.policygraph.cascade;

import static org.assertj.core.api.Assertions.assertThat;
import dev.policygraph.HeadlessChromium;
import dev.policygraph.NoSeedProfile;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import dev.policygraph.graph.store.GraphStore;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import dev.policygraph.pipeline.Ingestion;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The cascade page in a real headless Chromium (Debian's chromium + chromium-driver; nothing is downloaded). */
@QuarkusTest
@TestProfile(NoSeedProfile.class)
class CascadePageTests {

    @TestHTTPResource("/cascade.html")
    URL page;

    @Inject
    GraphStore store;

    @Inject
    Ingestion ingestion;

    private ChromeDriver browser;

    @BeforeEach
    void openBrowser() {
        Graphs.wipe(store);
        Graphs.write(ingestion, ChainArticles.chainA());
        browser = HeadlessChromium.open(1400, 900);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void pageDrawsTheSeedCascadeWithTheNationalMeetingAndItsRelaysAndShowsEvidenceOnClick() throws Exception {
        browser.get(page + "?from=" + CascadeQueryTests.DIRECTIVE);
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(
                b -> "true".equals(b.findElement(By.tagName("body")).getDomAttribute("data-loaded")));
        var js = (JavascriptExecutor) browser;
        @SuppressWarnings("unchecked")
        List<String> labels = (List<String>) js.executeScript(
                "return window.cascadeGraph.nodes().map(n => n.data('node').label);");
        assertThat(labels).contains("2020年全國郵政管理半年工作電視電話會議", "全省邮政管理半年工作会议", "擴大集會");
        Long relays = (Long) js.executeScript("return window.cascadeGraph.edges('[type = \"RELAYS\"]').length;");
        assertThat(relays).isGreaterThanOrEqualTo(2);
        // nodes are laid out, not piled at the origin
        Long distinctY = (Long) js.executeScript(
                "return new Set(window.cascadeGraph.nodes().map(n => Math.round(n.position('y')))).size;");
        assertThat(distinctY).isGreaterThan(1);

        js.executeScript("""
                const n = window.cascadeGraph.nodes().filter(n => n.data('node').label === '擴大集會');
                n.select(); n.emit('tap');""");
        String evidence = browser.findElement(By.id("evidence")).getText();
        assertThat(evidence).contains("擴大集會").contains("傳達進修上半年全國郵政管理工作TV電話會議精神");

        Path target = Path.of("target", "cascade-screenshot.png");
        Files.createDirectories(target.getParent());
        Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(), target,
                StandardCopyOption.REPLACE_EXISTING);
        assertThat(Files.size(target)).isGreaterThan(10_000);
        assertThat(browser.findElement(By.id("status")).getText()).doesNotContain("error");
    }
}
