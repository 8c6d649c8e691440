package org.upward.impact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.upward.support.BrowserTest;

/**
 * The executive's journey: from the home page's comparison to the completed pilot's results (each objective's
 * verdict at the top), then the statistics unfolded, whose charts (sessions per month, skill growth, the culture
 * trend) render with their data, titled axes, a legend and tooltips, one table exported as CSV, and the page as it
 * prints.
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

        // the board pack: the "Download PDF" button's file is a PDF, named after the program
        String pdfPath = browser.findElement(By.xpath("//a[normalize-space() = 'Download PDF']"))
                .getAttribute("href");
        Object pdf = ((JavascriptExecutor) browser)
                .executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + "fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done("
                                + "r.headers.get('content-disposition') + '|' + String.fromCharCode("
                                + "...new Uint8Array(b.slice(0, 5))))), e => done('failed: ' + e));",
                        pdfPath);
        assertThat(String.valueOf(pdf)).contains("reverse-mentoring-pilot-2026").endsWith("|%PDF-");

        click(By.cssSelector("#statistics > summary"));

        // the histogram: pairs by sessions per month, with its axes titled, a legend, the values on hover, and ink
        Map<String, Object> histogram = chart("#engagement", 0);
        assertThat(histogram.get("labels")).isEqualTo(List.of("none", "under 1", "1 to 2", "2 to 4", "4 or more"));
        assertThat(histogram.get("x")).isEqualTo("Sessions per pair per month");
        assertThat(histogram.get("y")).isEqualTo("Pairs (number)");
        assertThat(histogram.get("series")).isEqualTo(List.of("Pairs"));
        assertThat(histogram.get("legend")).isEqualTo(true);
        List<?> pairs = (List<?>) ((List<?>) histogram.get("data")).get(0);
        assertThat(pairs).hasSize(5);
        long counted = pairs.stream().mapToLong(n -> ((Number) n).longValue()).sum();
        assertThat(counted).isPositive();
        assertThat(String.valueOf(histogram.get("tip"))).endsWith(" pairs").doesNotStartWith("null");
        assertThat(((Number) histogram.get("inked")).longValue()).isPositive();
        String engagement = browser.findElement(By.id("engagement")).getText();
        assertThat(engagement)
                .contains("Engagement score =")
                .contains("During the program, from ")
                .contains("The chart counts the " + counted + " pairs that were active at some point")
                .contains("“Active pairs” under Participation counts the ");

        // the culture trend: a line per group (participants and the comparison group) through the three waves,
        // named in words
        Map<String, Object> culture = chart("#culture", 0);
        assertThat(culture.get("labels")).isEqualTo(List.of("Baseline", "6 months", "12 months"));
        assertThat(culture.get("series")).isEqualTo(List.of("Participants", "Comparison group"));
        assertThat(culture.get("x")).isEqualTo("Survey wave");
        assertThat(culture.get("y")).isEqualTo("Satisfaction index (%, 0–100)");
        for (Object line : (List<?>) culture.get("data")) {
            assertThat((List<?>) line).hasSize(3).doesNotContainNull();
        }
        assertThat(((Number) culture.get("inked")).longValue()).isPositive();
        assertThat(browser.findElement(By.cssSelector("#culture table")).getText())
                .contains("Baseline · participants");
        assertThat(browser.findElement(By.id("culture")).getText()).contains("Closed survey waves, answered from ");

        // skill growth: the average before and after on the 1–5 scale, and the change with its 95% interval
        Map<String, Object> levels = chart("#skill-growth", 0);
        assertThat(levels.get("series")).isEqualTo(List.of("Before (PRE)", "After (POST)"));
        assertThat(levels.get("x")).isEqualTo("Average self-rating (1 = lowest, 5 = highest)");
        assertThat((List<Object>) levels.get("labels")).contains("AI assistants · Mentees");
        assertThat(((Number) levels.get("inked")).longValue()).isPositive();
        Map<String, Object> change = chart("#skill-growth", 1);
        assertThat(change.get("series")).isEqualTo(List.of("95% confidence interval", "Average change"));
        assertThat(change.get("x")).isEqualTo("Change in average self-rating (points on the 1–5 scale)");
        assertThat(String.valueOf(change.get("tip"))).startsWith("95% confidence interval: ");
        assertThat(((Number) change.get("inked")).longValue()).isPositive();

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
            // the charts print as pictures beside the tables that carry their figures
            assertThat(browser.findElement(By.cssSelector("#engagement canvas")).isDisplayed())
                    .isTrue();
            assertThat(browser.findElement(By.cssSelector("#engagement table.impact-distribution"))
                            .isDisplayed())
                    .isTrue();
            screenshot("impact-dashboard-print");
        } finally {
            ((ChromeDriver) browser).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    /**
     * The {@code index}th chart of a section as Chart.js holds it, once drawn: categories, series names, data,
     * axis titles, whether the legend shows, the first series' tooltip at the third mark, and how many of the
     * canvas's pixels are inked.
     */
    @SuppressWarnings("unchecked")
    private Map<String, Object> chart(String section, int index) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        return new WebDriverWait(browser, Duration.ofSeconds(10))
                .withMessage(() -> "no chart " + index + " drawn in " + section)
                .until(driver -> (Map<String, Object>) js.executeScript(
                        """
                        const canvas = document.querySelectorAll(arguments[0] + ' canvas[data-impact-chart]')[arguments[1]];
                        const chart = canvas && window.Chart && Chart.getChart(canvas);
                        if (!chart) return null;
                        const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
                        let inked = 0;
                        for (let i = 3; i < pixels.length; i += 4) if (pixels[i] > 0) inked++;
                        if (inked === 0) return null;
                        const first = chart.data.datasets[0];
                        return {
                          labels: chart.data.labels,
                          series: chart.data.datasets.map(d => d.label),
                          data: chart.data.datasets.map(d => d.data),
                          x: chart.options.scales.x.title.text,
                          y: chart.options.scales.y.title.text,
                          legend: chart.options.plugins.legend.display,
                          tip: chart.options.plugins.tooltip.callbacks.label(
                              {dataset: first, dataIndex: Math.min(2, first.data.length - 1), formattedValue: ''}),
                          inked: inked
                        };
                        """,
                        section,
                        index));
    }
}
