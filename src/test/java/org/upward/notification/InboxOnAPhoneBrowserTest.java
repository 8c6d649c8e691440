package org.upward.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.http.MediaType;
import org.upward.sessions.ActivePair;
import org.upward.support.BrowserTest;

/**
 * On a phone-sized window (390 × 844) the unread count shows without opening the menu; the mentee opens
 * the notice of the session their mentor logged and lands on the pair page, and the count goes down.
 */
class InboxOnAPhoneBrowserTest extends BrowserTest {

    @Test
    void theMenteeSeesTheUnreadCountAndOpensTheSessionNotice() throws Exception {
        ActivePair pair = ActivePair.create(mvc, "2025-01-06", 2);
        pair.as(
                        pair.mentor,
                        post("/api/v1/pairs/" + pair.pairId + "/sessions")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"date\": \"" + LocalDate.now(ZoneOffset.UTC)
                                        + "\", \"durationMinutes\": 30, \"format\": \"VIDEO\"}"))
                .andExpect(status().isCreated());
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            signIn(pair.mentee, ActivePair.PASSWORD);
            By badge = By.cssSelector(".notification-link .unread-badge");
            assertThat(browser.findElement(badge).isDisplayed()).isTrue();
            assertThat(browser.findElement(badge).getText()).isEqualTo("2");
            assertThat(browser.findElement(By.cssSelector(".notification-link")).getAttribute("aria-label"))
                    .isEqualTo("Notifications: 2 unread");

            click(By.cssSelector(".notification-link"));
            screenshot("inbox-on-a-phone");
            assertThat(heading()).isEqualTo("Notifications");
            click(By.xpath("//li[contains(@class, 'notice-unread')]//button[contains(., 'logged a session')]"));

            new WebDriverWait(browser, Duration.ofSeconds(10))
                    .until(ExpectedConditions.urlContains("/participant/pairs/" + pair.pairId));
            assertThat(browser.getCurrentUrl()).endsWith("/participant/pairs/" + pair.pairId);
            assertThat(browser.findElement(badge).getText()).isEqualTo("1");
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 900));
        }
    }
}
