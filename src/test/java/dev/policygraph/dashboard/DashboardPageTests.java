package dev.policygraph.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import dev.policygraph.HeadlessChromium;
import dev.policygraph.NoSeedProfile;
import dev.policygraph.PageStore;
import dev.policygraph.graph.store.GraphStore;
import dev.policygraph.pipeline.Ingestion;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The dashboard page in a real headless Chromium, on a store of 2 000 synthetic articles. */
@QuarkusTest
@TestProfile(NoSeedProfile.class)
class DashboardPageTests {

    static final int ARTICLES = PageStore.SYNTHETIC;

    @TestHTTPResource("/dashboard.html")
    URL page;

    @Inject
    GraphStore store;

    @Inject
    Ingestion ingestion;

    private ChromeDriver browser;

    @BeforeEach
    void fillStoreAndOpenBrowser() {
        PageStore.ensure(store, ingestion);
        browser = HeadlessChromium.open(1400, 1100);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theFiveChartsDrawFromTheApiWithMonthsZeroFilledAndFiltersRedrawThem() throws Exception {
        long start = System.nanoTime();
        browser.get(page.toString());
        awaitLoaded();
        long loadMillis = (System.nanoTime() - start) / 1_000_000;
        String cold = browser.findElement(By.tagName("body")).getDomAttribute("data-first-draw-ms");
        // Warm: the service has answered these queries once (JIT, Cypher plans), as for any later visitor.
        var warm = new ArrayList<String>();
        for (int i = 0; i < 3; i++) {
            browser.navigate().refresh();
            awaitLoaded();
            warm.add(browser.findElement(By.tagName("body")).getDomAttribute("data-first-draw-ms"));
        }
        System.out.printf("dashboard.html on %d synthetic articles: first load %d ms (navigation to drawn %s ms), "
                + "warm loads %s ms%n", ARTICLES, loadMillis, cold, warm);
        assertThat(status()).doesNotStartWith("error").contains("meetings in");

        @SuppressWarnings("unchecked")
        List<String> months = (List<String>) js().executeScript(
                "return window.dashboardCharts.meetingsByLevel.getOption().xAxis[0].data;");
        assertThat(months).hasSizeGreaterThan(3);
        for (int i = 1; i < months.size(); i++) {
            assertThat(java.time.YearMonth.parse(months.get(i)))
                    .as("months are contiguous (zero-filled)").isEqualTo(java.time.YearMonth.parse(months.get(i - 1)).plusMonths(1));
        }
        assertThat(seriesNames("meetingsByLevel")).contains("MINISTRY", "PROVINCIAL");
        assertThat(barCount("topInitiatives")).isPositive();
        assertThat(barCount("relayed")).isPositive();
        assertThat(browser.findElement(By.id("spreadTitle")).getText()).contains("the top initiative");
        screenshot("dashboard-screenshot.png");

        // a level filter redraws with that level only
        js().executeScript("const s = document.getElementById('level'); s.value = 'PROVINCIAL';"
                + "s.dispatchEvent(new Event('change'));");
        awaitLoaded();
        assertThat(seriesNames("meetingsByLevel")).containsExactly("PROVINCIAL");
    }

    private void awaitLoaded() {
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(
                b -> "true".equals(b.findElement(By.tagName("body")).getDomAttribute("data-loaded")));
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) browser;
    }

    private String status() {
        return browser.findElement(By.id("status")).getText();
    }

    @SuppressWarnings("unchecked")
    private List<String> seriesNames(String chart) {
        return (List<String>) js().executeScript(
                "return window.dashboardCharts['" + chart + "'].getOption().series.map(s => s.name);");
    }

    private long barCount(String chart) {
        return (Long) js().executeScript(
                "return window.dashboardCharts['" + chart + "'].getOption().series[0].data.length;");
    }

    private void screenshot(String name) throws Exception {
        Path target = Path.of("target", name);
        Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(), target,
                StandardCopyOption.REPLACE_EXISTING);
        assertThat(Files.size(target)).isGreaterThan(20_000);
    }
}
