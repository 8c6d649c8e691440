package org.upward.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.upward.support.BrowserTest;

/**
 * The three pages README.md shows, from the demo data: the admin's pairing review of the pilot, the demo
 * mentee's home page and the pilot's impact dashboard. Each is checked, then photographed; with
 * {@code UPWARD_SCREENSHOTS=docs} the pictures replace those under docs/screenshots (see README.md).
 */
class ReadmeScreenshotsBrowserTest extends BrowserTest {

    @Test
    void theDemoShowsItsPairingReviewAParticipantsHomeAndTheDashboard() {
        long pilot =
                jdbc.queryForObject("select id from program where name = 'Reverse mentoring pilot 2026'", Long.class);
        browser.manage().window().setSize(new Dimension(1280, 1400));
        try {
            signIn(ADMIN, DEMO_PASSWORD);
            open("/admin/programs/" + pilot + "/pairing");
            assertThat(browser.findElements(By.cssSelector("table.agreed-pairs tbody tr, table.history tbody tr")))
                    .isNotEmpty();
            screenshot("pairing-review");

            signIn(MENTEE, DEMO_PASSWORD);
            open("/participant");
            assertThat(mainOnceItSays("To do")).contains("Rate your skills");
            screenshot("participant-home");

            signIn(EXECUTIVE, DEMO_PASSWORD);
            open("/impact/programs/" + pilot);
            assertThat(heading()).isEqualTo("Impact dashboard");
            assertThat(browser.findElements(By.cssSelector("#engagement canvas[data-impact-chart]")))
                    .isNotEmpty();
            screenshot("impact-dashboard");
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 900));
        }
    }
}
