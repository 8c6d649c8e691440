package org.upward.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.upward.pairing.PairingFixture;
import org.upward.support.BrowserTest;

/**
 * Issue 4's journey in Chromium, on a fresh program so the shared demo data stays as it is: the admin
 * starts matching, runs the pairing, reads why a pair was made, previews other weights, approves all,
 * flags a pair and swaps it with a reason, and sees the dissolved pair and its replacement.
 */
class AdminPairsAProgramBrowserTest extends BrowserTest {

    private static final String AGREED_ROW =
            "//table[contains(@class,'agreed-pairs')]//tr[.//a[contains(., 'Bea Boss')]]";

    @Test
    void adminPairsAProgramPreviewsApprovesFlagsAndSwaps() throws Exception {
        PairingFixture program = PairingFixture.create(mvc, "ENROLLING");
        signIn(ADMIN, DEMO_PASSWORD);

        open("/admin/programs/" + program.programId());
        click(By.xpath("//button[contains(., 'Move to Matching')]"));
        assertThat(mainOnceItSays("Matching")).contains("Matching");
        click(By.xpath("//a[normalize-space() = 'Pairing']"));
        assertThat(heading()).contains("Pairing", program.name());
        assertThat(mainOnceItSays("How the score is calculated")).contains("How the score is calculated");

        click(By.cssSelector("button.run-pairing"));
        assertThat(mainOnceItSays("The pairing proposed 2 pairs with a total score of"))
                .contains("The pairing proposed 2 pairs with a total score of", "1 person is unmatched");
        WebElement explanation = browser.findElement(By.cssSelector("table.proposed-pairs .explanation"));
        assertThat(explanation.getText()).isNotBlank();
        assertThat(browser.findElements(By.cssSelector("table.proposed-pairs .progress-bar")))
                .hasSize(6);

        type("skillGapWeight", "0");
        type("sharedInterestWeight", "1");
        type("workStyleWeight", "0");
        type("minScore", "0");
        click(By.cssSelector("button.preview"));
        assertThat(browser.findElement(By.cssSelector(".preview-result")).getText())
                .contains("Preview: 2 pairs")
                .containsPattern("(No pair|1 pair|\\d+ pairs) would change compared with the current proposals");

        click(By.cssSelector("button.approve-all"));
        assertThat(mainOnceItSays("Approved 2 pairs")).contains("Approved 2 pairs", "Approved · intro chat due");

        click(By.xpath(AGREED_ROW + "//details[contains(@class,'flag-pair')]/summary"));
        browser.findElement(By.xpath(AGREED_ROW + "//details[contains(@class,'flag-pair')]//input[@name='text']"))
                .sendKeys("Never found a time to meet", Keys.TAB);
        click(By.xpath(AGREED_ROW + "//details[contains(@class,'flag-pair')]//button[@type='submit']"));
        assertThat(mainOnceItSays("Flagged: ")).contains("Flagged: ");
        assertThat(browser.findElement(By.xpath(AGREED_ROW)).getText())
                .contains("Flagged", "Never found a time to meet");

        click(By.xpath(AGREED_ROW + "//details[contains(@class,'swap-pair')]/summary"));
        browser.findElement(By.xpath(AGREED_ROW + "//details[contains(@class,'swap-pair')]//input[@name='text']"))
                .sendKeys("Schedules never match", Keys.TAB);
        click(By.xpath(AGREED_ROW + "//details[contains(@class,'swap-pair')]//button[@type='submit']"));
        assertThat(mainOnceItSays("The pair is dissolved. Proposed in its place"))
                .contains("The pair is dissolved. Proposed in its place");
        assertThat(browser.findElement(By.cssSelector("table.history")).getText())
                .contains("Bea Boss", "Dissolved", "Schedules never match");
        assertThat(browser.findElement(By.cssSelector("table.proposed-pairs")).getText())
                .contains("Bea Boss", "replaces the dissolved pair");
    }

    private void type(String id, String value) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(value, Keys.TAB);
    }
}
