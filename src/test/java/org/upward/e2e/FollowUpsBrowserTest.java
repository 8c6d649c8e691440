package org.upward.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;
import org.springframework.http.MediaType;
import org.upward.sessions.ActivePair;
import org.upward.support.BrowserTest;

/**
 * Issue 18's follow-ups in Chromium: the demo mentor finds a follow-up on their home page, opens the pair page,
 * logs the meeting ticking it done and adding one for the mentee, then ticks that one done with one tap.
 */
class FollowUpsBrowserTest extends BrowserTest {

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void theDemoMentorLogsAMeetingAndTicksAFollowUp() throws Exception {
        long pairId = jdbc.queryForObject(
                "select p.id from mentoring_pair p join program g on g.id = p.program_id"
                        + " join person r on r.id = p.mentor_id join person e on e.id = p.mentee_id"
                        + " where g.status = 'RUNNING' and p.status = 'ACTIVE' and r.email = ? and e.email = ?",
                Long.class,
                MENTOR,
                MENTEE);
        String mine = "Bring the prompt list " + run;
        long followUp = ActivePair.id(mvc.perform(post("/api/v1/pairs/" + pairId + "/follow-ups")
                        .with(httpBasic(MENTEE, DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": \"" + mine + "\", \"owner\": \"" + MENTOR + "\"}"))
                .andExpect(status().isCreated()));

        // on the mentor's home page, with a way to the pair page
        signIn(MENTOR, DEMO_PASSWORD);
        // the demo's own follow-up from the sprint's last session is there too
        assertThat(mainOnceItSays("Follow-ups to do")).contains(mine, "Share three prompts that work for board memos");
        click(By.linkText(mine));
        assertThat(mainOnceItSays("Done since the last meeting")).contains(mine);

        // the meeting is logged: the follow-up ticked done, a new one for the mentee
        click(By.cssSelector("label[for='log-done-" + followUp + "']"));
        String theirs = "Try the assistant on a real memo " + run;
        browser.findElement(By.id("fu-text-0")).sendKeys(theirs, Keys.TAB);
        new Select(browser.findElement(By.id("fu-owner-0"))).selectByValue(MENTEE);
        click(By.xpath("//button[contains(., 'Log session')]"));
        String logged = mainOnceItSays("Session logged.");
        assertThat(logged).contains(theirs);
        assertThat(jdbc.queryForObject("select state from follow_up where id = ?", String.class, followUp))
                .isEqualTo("DONE");
        assertThat(jdbc.queryForObject(
                        "select p.email from follow_up f join person p on p.id = f.owner_id where f.text = ?",
                        String.class,
                        theirs))
                .isEqualTo(MENTEE);

        // and ticked done with one tap
        click(By.xpath("//li[contains(@class, 'follow-up')][contains(., '" + theirs + "')]//button"));
        assertThat(mainOnceItSays("Follow-up ticked done.")).doesNotContain(theirs);
        open("/participant");
        assertThat(mainOnceItSays("My mentoring")).doesNotContain(mine).doesNotContain(theirs);
    }
}
