package org.upward.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.upward.support.BrowserTest;

/**
 * Issue 20's retention in Chromium: the admin shortens how long private reflections are kept, sees what the next run
 * would then remove and confirms; a participant reads the new period in the privacy notice the footer links to.
 */
class RetentionBrowserTest extends BrowserTest {

    @AfterEach
    void backToTheDefaults() {
        jdbc.update("update retention_period set months = 12 where kind = 'PRIVATE_REFLECTIONS'");
    }

    @Test
    void theAdminShortensAPeriodAndTheParticipantReadsItInThePrivacyNotice() {
        signIn(ADMIN, DEMO_PASSWORD);
        click(By.linkText("Retention"));
        assertThat(mainOnceItSays("What the next run will remove")).contains("Private reflections", "Runs so far");

        WebElement reflections = browser.findElement(By.id("privateReflections"));
        reflections.clear();
        reflections.sendKeys("6");
        click(By.xpath("//button[contains(., 'Save the policy')]"));
        assertThat(mainOnceItSays("Shorter periods remove more")).contains("Private reflections:");
        click(By.xpath("//button[contains(., 'Save the shorter periods')]"));
        mainOnceItSays("The retention policy is saved.");
        assertThat(browser.findElement(By.id("privateReflections")).getAttribute("value"))
                .isEqualTo("6");

        signIn(MENTEE, DEMO_PASSWORD);
        click(By.linkText("Privacy notice"));
        assertThat(mainOnceItSays("What Upward keeps and who sees it"))
                .contains("6 months after the program completes, then blanked", "Only you", "Download my data");
    }
}
