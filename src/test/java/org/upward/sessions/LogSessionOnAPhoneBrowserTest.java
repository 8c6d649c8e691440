package org.upward.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.springframework.http.MediaType;
import org.upward.support.BrowserTest;

/**
 * Issue 5's journey on a phone-sized window (390 × 844): the mentor logs a session with feedback, the
 * mentee sees it and adds theirs (never seeing the mentor's private reflection), and the admin's board
 * shows this pair on track and a quieter one overdue.
 */
class LogSessionOnAPhoneBrowserTest extends BrowserTest {

    @Test
    void aMentorLogsASessionTheMenteeAddsFeedbackAndTheAdminSeesWhoIsOnTrack() throws Exception {
        LocalDate start = LocalDate.now(ZoneOffset.UTC).minusWeeks(10);
        ActivePair keen = ActivePair.create(mvc, start.toString(), 2);
        ActivePair quiet = ActivePair.create(mvc, start.toString(), 2);
        quiet.pairedOn(jdbc, start.toString());
        quiet.as(
                        quiet.mentor,
                        post("/api/v1/pairs/" + quiet.pairId + "/sessions")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"date\": \"" + start.plusWeeks(6)
                                        + "\", \"durationMinutes\": 30, \"format\": \"VIDEO\"}"))
                .andExpect(status().isCreated());
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            signIn(keen.mentor, ActivePair.PASSWORD);
            click(By.xpath("//a[contains(., 'Our sessions')]"));
            type("durationMinutes", "45");
            click(By.cssSelector("label[for='format-VIDEO']"));
            click(By.cssSelector("label[for='skill-0']"));
            type("notes", "Tried three AI assistants on a real board memo");
            click(By.cssSelector("label[for='log-rating-5']"));
            type("learned", "How the board reads a memo");
            type("taught", "Prompting for summaries");
            type("privateReflection", "I was nervous; secret-to-me-only");
            click(By.xpath("//button[contains(., 'Log session')]"));
            assertThat(mainOnceItSays("Tried three AI assistants")).contains("How the board reads a memo");

            signIn(keen.mentee, ActivePair.PASSWORD);
            click(By.xpath("//a[contains(., 'Our sessions')]"));
            assertThat(mainOnceItSays("Tried three AI assistants"))
                    .contains("How the board reads a memo")
                    .doesNotContain("secret-to-me-only");
            click(By.xpath("//article//label[contains(@for, '-4')]"));
            browser.findElement(By.xpath("//article//input[starts-with(@id, 'learned-')]"))
                    .sendKeys("Three assistants and when to use which", Keys.TAB);
            click(By.xpath("//article//button[contains(., 'Save feedback')]"));
            assertThat(mainOnceItSays("Three assistants and when to use which")).isNotEmpty();
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 900));
        }

        signIn(ADMIN, DEMO_PASSWORD);
        open("/admin/programs/" + keen.programId + "/status");
        assertThat(mainOnceItSays("On track")).contains("On track");
        open("/admin/programs/" + quiet.programId + "/status");
        assertThat(mainOnceItSays("Overdue")).contains("Overdue");
    }

    private void type(String id, String value) {
        var field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(value, Keys.TAB);
    }
}
