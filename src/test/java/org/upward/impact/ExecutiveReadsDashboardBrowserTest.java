package org.upward.impact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.upward.support.BrowserTest;

/**
 * The executive's journey: from the home page's comparison to the completed pilot's results (each objective's
 * verdict at the top), then the statistics unfolded, whose chart and the culture trend render with data, one
 * table exported as CSV, and the page as it prints.
 */
class ExecutiveReadsDashboardBrowserTest extends BrowserTest {

    @Test
    void theExecutiveReadsThePilotsDashboardExportsATableAndPrintsIt() {
        signIn("exec@demo.upward.app", "upward-demo");
        click(By.linkText("Reverse mentoring pilot 2026"));
        assertThat(heading()).isEqualTo("Impact dashboard");

        // the results come first: each objective's verdict, readable without scrolling on a 1280 × 800 screen
        List<WebElement> verdicts = browser.findElements(By.cssSelector("#results [data-verdict]"));
        assertThat(verdicts)
                .extracting(verdict -> verdict.getAttribute("data-verdict"))
                .containsExactly("MET", "UNCERTAIN", "NOT_MET");
        assertThat(verdicts)
                .extracting(verdict ->
                        verdict.findElement(By.cssSelector(".verdict")).getText())
                .containsExactly("Met", "Uncertain", "Not met");
        WebElement lastVerdict = verdicts.get(2).findElement(By.cssSelector(".verdict"));
        assertThat(lastVerdict.getLocation().getY() + lastVerdict.getSize().getHeight())
                .isLessThanOrEqualTo(800);
        assertThat(browser.findElement(By.id("results")).getText())
                .contains("Target +0.5 points: met")
                .contains("What it returned");
        assertThat(browser.findElement(By.id("engagement")).isDisplayed()).isFalse();

        click(By.cssSelector("#statistics > summary"));
        List<WebElement> bars = browser.findElements(By.cssSelector("#engagement svg rect.impact-bar"));
        assertThat(bars).hasSize(5);
        assertThat(bars.stream()
                        .mapToDouble(bar -> Double.parseDouble(bar.getAttribute("height")))
                        .sum())
                .isPositive();
        assertThat(browser.findElement(By.id("engagement")).getText()).contains("Engagement score =");

        // the culture trend: a line per group (participants and the comparison group) through the three waves
        List<WebElement> lines = browser.findElements(By.cssSelector("#culture svg polyline.impact-line"));
        assertThat(lines).hasSize(2);
        for (WebElement line : lines) {
            assertThat(line.getAttribute("points").trim().split("\\s+")).hasSize(3);
        }
        assertThat(browser.findElements(By.cssSelector("#culture svg circle.impact-dot")))
                .hasSize(6);
        assertThat(browser.findElement(By.cssSelector("#culture svg")).getSize().getHeight())
                .isPositive();
        assertThat(browser.findElement(By.cssSelector("#culture table")).getText())
                .contains("BASELINE");

        String csvPath = browser.findElement(By.cssSelector("#participation a[href$='.csv']"))
                .getAttribute("href");
        Object csv = ((JavascriptExecutor) browser)
                .executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + "fetch(arguments[0]).then(r => r.text()).then(done, e => done('failed: ' + e));",
                        csvPath);
        assertThat(String.valueOf(csv)).startsWith("figure,value,n,suppressed").contains("active_pairs,");

        ((ChromeDriver) browser).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertThat(browser.findElement(By.cssSelector("nav.upward-nav")).isDisplayed())
                    .isFalse();
            assertThat(browser.findElement(By.cssSelector("#participation a[href$='.csv']"))
                            .isDisplayed())
                    .isFalse();
            assertThat(browser.findElement(By.cssSelector("#engagement svg")).isDisplayed())
                    .isTrue();
            screenshot("impact-dashboard-print");
        } finally {
            ((ChromeDriver) browser).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }
}
