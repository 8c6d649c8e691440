package org.upward.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.upward.support.BrowserTest;
import org.upward.support.MutableClock;

/**
 * Issue 18's journey on a 390 × 844 phone, on the demo: the demo mentor answers the fit check of their new pair
 * with the demo mentee (who already found it a good fit, so the pair starts), writes the agreement with one goal,
 * plans a meeting from a conversation topic and downloads its invite, logs it with a follow-up and ticks that
 * done; the mentee confirms the agreement. Every page is checked with axe. The demo pair is put back afterwards.
 */
class PairJourneyOnAPhoneBrowserTest extends BrowserTest {

    @Autowired
    MutableClock clock;

    private long pairId;

    @BeforeEach
    void onAPhone() {
        browser.manage().window().setSize(new Dimension(390, 844));
        pairId = jdbc.queryForObject(
                "select p.id from mentoring_pair p join program g on g.id = p.program_id"
                        + " where g.name = 'Social media for leaders' and p.status = 'APPROVED'",
                Long.class);
    }

    @AfterEach
    void putTheDemoPairBack() {
        browser.manage().window().setSize(new Dimension(1280, 900));
        clock.reset();
        jdbc.update("delete from follow_up where pair_id = ?", pairId);
        jdbc.update("delete from planned_session where pair_id = ?", pairId);
        jdbc.update("delete from mentoring_session where pair_id = ?", pairId);
        jdbc.update("delete from pair_agreement where pair_id = ?", pairId);
        jdbc.update(
                "delete from pair_fit_answer where pair_id = ? and person_id = (select id from person where email = ?)",
                pairId,
                MENTOR);
        jdbc.update("update mentoring_pair set status = 'APPROVED', activated_at = null where id = ?", pairId);
    }

    @Test
    void theDemoMentorStartsThePairAgreesPlansLogsAndFollowsUpAndTheMenteeConfirms() throws Exception {
        // the fit check, one tap: the mentee already said good fit, so the pair starts at once
        signIn(MENTOR, DEMO_PASSWORD);
        open("/participant/pairs/" + pairId);
        assertThat(mainOnceItSays("How is it going?")).contains("Social media for leaders");
        click(By.cssSelector("button[name='answer'][value='GOOD_FIT']"));
        assertThat(mainOnceItSays("your pair has started")).contains("Our agreement");
        assertThat(jdbc.queryForObject("select status from mentoring_pair where id = ?", String.class, pairId))
                .isEqualTo("ACTIVE");

        // the agreement from the program's template, with one goal tied to an objective
        type("goal-0", "Post on LinkedIn every week with confidence");
        Select tie = new Select(browser.findElement(By.id("goal-tie-0")));
        tie.selectByIndex(1);
        click(By.xpath("//button[contains(., 'Save the agreement')]"));
        assertThat(mainOnceItSays("Agreement saved.")).contains("Post on LinkedIn every week with confidence");

        // a meeting planned from a conversation topic; its agenda goes into the invite
        if (!browser.findElement(By.id("plan-date")).isDisplayed()) {
            click(By.xpath("//summary[contains(., 'Plan')]"));
        }
        LocalDate tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1);
        ((JavascriptExecutor) browser)
                .executeScript(
                        "arguments[0].value = arguments[1]",
                        browser.findElement(By.id("plan-date")),
                        tomorrow.toString());
        Select topics = new Select(browser.findElement(By.id("plan-topic")));
        WebElement topic = topics.getOptions().stream()
                .filter(o -> !o.getAttribute("value").isEmpty())
                .findFirst()
                .orElseThrow();
        // offered first: a topic about the goal's objective's skills ("AI assistants for leaders · The mentor teaches")
        String title = topic.getText().split(" · ")[0];
        topics.selectByValue(topic.getAttribute("value"));
        click(By.xpath("//button[contains(., 'Plan it')]"));
        assertThat(mainOnceItSays("Meeting planned.")).contains(title, "Add to calendar (.ics)");
        String agenda = jdbc.queryForObject(
                "select t.agenda from planned_session p join conversation_topic t on t.id = p.topic_id"
                        + " where p.pair_id = ?",
                String.class,
                pairId);
        String ics = browser.findElement(By.partialLinkText("Add to calendar")).getAttribute("href");
        HttpResponse<String> invite = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(ics))
                                .header(
                                        "Cookie",
                                        "SESSION="
                                                + browser.manage()
                                                        .getCookieNamed("SESSION")
                                                        .getValue())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(invite.statusCode()).isEqualTo(200);
        String unfolded = invite.body().replace("\r\n ", "");
        assertThat(unfolded).contains("DESCRIPTION:");
        String firstAgendaLine = agenda.lines().findFirst().orElseThrow();
        assertThat(unfolded.replace("\\,", ",").replace("\\;", ";"))
                .contains(firstAgendaLine.substring(0, Math.min(30, firstAgendaLine.length())));

        // two days later the meeting has happened: logged from the plan, with a follow-up, which is then ticked
        clock.advance(Duration.ofDays(2));
        open("/participant/pairs/" + pairId);
        click(By.linkText("Log it"));
        assertThat(mainOnceItSays("Logging your planned meeting")).isNotEmpty();
        String followUp = "Draft my first LinkedIn post and send it over";
        browser.findElement(By.id("fu-text-0")).sendKeys(followUp, Keys.TAB);
        new Select(browser.findElement(By.id("fu-owner-0"))).selectByValue(MENTEE);
        click(By.xpath("//button[contains(., 'Log session')]"));
        assertThat(mainOnceItSays("Session logged.")).contains(followUp);
        click(By.xpath("//li[contains(@class, 'follow-up')][contains(., '" + followUp + "')]//button"));
        assertThat(mainOnceItSays("Follow-up ticked done.")).doesNotContain(followUp);
        assertThat(jdbc.queryForObject("select state from follow_up where pair_id = ?", String.class, pairId))
                .isEqualTo("DONE");

        // the mentee confirms the agreement on their phone
        signIn(MENTEE, DEMO_PASSWORD);
        open("/participant/pairs/" + pairId);
        assertThat(mainOnceItSays("Our agreement")).contains("Post on LinkedIn every week with confidence");
        click(By.xpath("//section[@id='agreement']//button[contains(., 'Confirm')]"));
        assertThat(mainOnceItSays("You confirmed the agreement.")).isNotEmpty();
        List<String> confirmedBy = jdbc.queryForList(
                "select p.email from pair_agreement a, jsonb_array_elements(a.confirmed_by) c"
                        + " join person p on p.id = c::text::bigint where a.pair_id = ?",
                String.class,
                pairId);
        assertThat(confirmedBy).contains(MENTEE);
        // nothing on the phone is wider than the screen
        Long overflow = (Long) ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow).isLessThanOrEqualTo(0L);
    }

    private void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }
}
