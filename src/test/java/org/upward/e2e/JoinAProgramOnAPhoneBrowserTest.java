package org.upward.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;
import org.springframework.http.MediaType;
import org.upward.pairing.PairingFixture;
import org.upward.support.BrowserTest;

/**
 * Issue 19's journey: the demo newcomer, who is in no program, finds an open program on their home page and
 * applies on a 390 × 844 phone, filling in their matching profile; the admin accepts the application, moves the
 * program to matching and runs the pairing, which pairs the newcomer. A fresh program keeps the demo as it is.
 */
class JoinAProgramOnAPhoneBrowserTest extends BrowserTest {

    private static final String NEWCOMER = "newcomer@demo.upward.app";

    private PairingFixture program;

    @BeforeEach
    void anOpenProgram() throws Exception {
        program = PairingFixture.create(mvc, "ENROLLING");
        mvc.perform(put("/api/v1/programs/" + program.programId() + "/intake")
                        .with(httpBasic(ADMIN, DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"opensOn\": \"2020-01-01\", \"closesOn\": \"2099-12-31\", \"sides\": [\"MENTOR\"],"
                                + " \"questions\": [{\"text\": \"What would you like to teach?\","
                                + " \"kind\": \"LONG_TEXT\", \"required\": true}],"
                                + " \"eligibility\": {\"MENTOR\": {\"maxJobLevel\": 4}}, \"places\": {},"
                                + " \"managerApproval\": false}"))
                .andExpect(status().isOk());
        browser.manage().window().setSize(new Dimension(390, 844));
    }

    @AfterEach
    void backToADesktop() {
        browser.manage().window().setSize(new Dimension(1280, 900));
    }

    @Test
    void theNewcomerAppliesOnAPhoneAndTheAdminAcceptsAndPairsThem() {
        signIn(NEWCOMER, DEMO_PASSWORD);
        open("/");
        assertThat(mainOnceItSays("Programs you can join")).contains(program.name());
        click(By.cssSelector(".open-programs a[href='/programs/" + program.programId() + "/apply']"));
        assertThat(mainOnceItSays("Send my application")).contains("Use AI");

        browser.findElement(By.id("answer0")).sendKeys("How I use AI assistants every day");
        browser.findElement(By.id("offered0")).sendKeys("AI assistants", Keys.TAB);
        new Select(browser.findElement(By.id("offeredLevel0"))).selectByValue("5");
        browser.findElement(By.id("interests")).sendKeys("golf");
        click(By.id("ws-INTROVERT"));
        click(By.xpath("//button[contains(., 'Send my application')]"));
        assertThat(mainOnceItSays("Your application is in")).isNotEmpty();
        Long overflow = (Long) ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow).as("nothing is wider than the phone's screen").isLessThanOrEqualTo(0L);

        browser.manage().window().setSize(new Dimension(1280, 900));
        signIn(ADMIN, DEMO_PASSWORD);
        open("/admin/programs/" + program.programId() + "/intake");
        assertThat(mainOnceItSays("Nora Newcomer")).contains("How I use AI assistants every day");
        click(By.xpath("//tr[contains(., 'Nora Newcomer')]//button[contains(., 'Accept and enroll')]"));
        assertThat(mainOnceItSays("Accepted: the person is enrolled")).isNotEmpty();
        assertThat(jdbc.queryForObject(
                        "select e.side from enrollment e join person p on p.id = e.person_id"
                                + " where p.email = ? and e.program_id = ?",
                        String.class,
                        NEWCOMER,
                        program.programId()))
                .isEqualTo("MENTOR");

        open("/admin/programs/" + program.programId());
        click(By.xpath("//button[contains(., 'Move to Matching')]"));
        assertThat(mainOnceItSays("Matching")).isNotEmpty();
        click(By.xpath("//a[normalize-space() = 'Pairing']"));
        click(By.cssSelector("button.run-pairing"));
        assertThat(mainOnceItSays("The pairing proposed")).contains("Nora Newcomer");
        assertThat(jdbc.queryForObject(
                        "select count(*) from mentoring_pair m join person p on p.id = m.mentor_id"
                                + " where p.email = ? and m.program_id = ?",
                        Integer.class,
                        NEWCOMER,
                        program.programId()))
                .isEqualTo(1);
    }
}
