package org.upward.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.upward.support.BrowserTest;

/**
 * Issue 3's journey in Chromium: an admin imports 200 people, sets up a program, is refused the move to
 * ENROLLING without a sponsor, fixes it, enrolls people by CSV, sees completeness; then a participant
 * completes their profile.
 */
class AdminSetsUpProgramBrowserTest extends BrowserTest {

    private final String run = UUID.randomUUID().toString().substring(0, 6);

    @Test
    void adminSetsUpAProgramAndAParticipantCompletesTheirProfile() throws Exception {
        signIn(ADMIN, DEMO_PASSWORD);

        open("/admin/people/import");
        browser.findElement(By.id("file")).sendKeys(peopleCsv(200).toString());
        click(By.cssSelector("main form button[type=submit]"));
        assertThat(mainOnceItSays("This import will create 200 people and update nobody"))
                .contains("This import will create 200 people and update nobody");
        click(By.xpath("//button[contains(., 'Confirm import')]"));
        assertThat(mainOnceItSays("Imported: 200 created, 0 updated")).contains("Imported: 200 created, 0 updated");

        open("/admin/programs/new");
        String name = "Browser journey " + run;
        type("name", name);
        setValue("startDate", "2027-02-01");
        setValue("endDate", "2027-11-30");
        type("objectives[0].statement", "Leaders use AI assistants weekly");
        new Select(browser.findElement(By.name("objectives[0].focusSkills"))).selectByVisibleText("AI assistants");
        type("objectives[0].outcomeMeasure", "POST self-assessment >= 3.5");
        type("objectives[1].statement", "Leaders understand TikTok");
        new Select(browser.findElement(By.name("objectives[1].focusSkills"))).selectByVisibleText("TikTok");
        type("objectives[1].outcomeMeasure", "One campaign idea per pair");
        submit();
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains(name);

        click(By.xpath("//button[contains(., 'Move to Enrolling')]"));
        assertThat(mainOnceItSays("sponsor")).contains("sponsor");
        assertThat(browser.findElement(By.cssSelector(".badge")).getText()).containsIgnoringCase("draft");

        click(By.xpath("//a[contains(., 'Edit')]"));
        type("sponsorEmail", EXECUTIVE);
        submit();
        click(By.xpath("//button[contains(., 'Move to Enrolling')]"));
        assertThat(mainOnceItSays("Enrolling")).contains("Enrolling");

        click(By.xpath("//a[contains(., 'Enrollments')]"));
        browser.findElement(By.id("enroll-file")).sendKeys(enrollmentsCsv().toString());
        click(By.xpath("//button[normalize-space() = 'Preview import']"));
        // nothing is written before the preview is confirmed
        click(By.xpath("//button[contains(., 'Import: enroll 4 and update 0')]"));
        assertThat(mainOnceItSays("Imported: 4 created, 0 updated")).contains("Imported: 4 created, 0 updated");
        type("email", MENTOR);
        new Select(browser.findElement(By.id("enroll-side"))).selectByValue("MENTOR");
        click(By.xpath("//button[normalize-space() = 'Enroll']"));
        assertThat(mainOnceItSays("Complete profiles: 2 of 3 mentors, 2 of 2 mentees"))
                .contains("Complete profiles: 2 of 3 mentors, 2 of 2 mentees");

        signIn(MENTOR, DEMO_PASSWORD);
        // the demo mentor has other programs too: scrolled to, like a person would
        click(By.xpath("//div[contains(@class,'card')][.//h2[contains(., '" + name + "')]]"
                + "//a[contains(., 'Complete your profile')]"));
        type("offered-0", "AI assistants");
        new Select(browser.findElement(By.id("offered-level-0"))).selectByValue("5");
        type("interests", "sustainability, gaming");
        click(By.cssSelector("label[for='ws-INTROVERT']"));
        click(By.cssSelector("label[for='mp-VIDEO']"));
        click(By.xpath("//button[contains(., 'Save my profile')]"));
        assertThat(mainOnceItSays("Your profile is saved")).contains("Your profile is saved");

        signIn(ADMIN, DEMO_PASSWORD);
        open("/admin");
        click(By.linkText(name));
        click(By.xpath("//a[contains(., 'Enrollments')]"));
        assertThat(mainOnceItSays("Complete profiles: 3 of 3 mentors, 2 of 2 mentees"))
                .contains("Complete profiles: 3 of 3 mentors, 2 of 2 mentees");
    }

    private void type(String nameOrId, String value) {
        WebElement field = browser.findElements(By.name(nameOrId)).stream()
                .findFirst()
                .orElseGet(() -> browser.findElement(By.id(nameOrId)));
        field.clear();
        field.sendKeys(value, Keys.TAB); // TAB closes a datalist's suggestions, as a person moving on would
    }

    private void setValue(String name, String value) {
        ((JavascriptExecutor) browser)
                .executeScript("arguments[0].value = arguments[1]", browser.findElement(By.name(name)), value);
    }

    /** Submits the program form with its own Save button (the tall form's button may sit under the fold). */
    private void submit() {
        WebElement save = browser.findElement(By.cssSelector("main form button[type=submit].btn-primary"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].form.requestSubmit(arguments[0])", save);
    }

    private Path peopleCsv(int count) throws Exception {
        StringBuilder csv = new StringBuilder("email,name,department,job_title,job_level,manager_email,hire_date\n");
        csv.append(email(0)).append(",Head ").append(run).append(",Strategy,Director,9,,2015-03-01\n");
        for (int i = 1; i < count; i++) {
            csv.append(email(i))
                    .append(",Person ")
                    .append(i)
                    .append(' ')
                    .append(run)
                    .append(',')
                    .append(i % 2 == 0 ? "Strategy" : "Digital")
                    .append(",Analyst,")
                    .append(1 + i % 9)
                    .append(',')
                    .append(email((i - 1) / 5))
                    .append(",2020-01-15\n");
        }
        Path file = Files.createTempFile("people-" + run, ".csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return file;
    }

    private Path enrollmentsCsv() throws Exception {
        String csv = "email,side,skills_offered,skills_wanted,interests,work_style,meeting_preference,capacity\n"
                + email(150) + ",MENTOR,AI assistants:5;TikTok:4,,gaming,EXTROVERT,VIDEO,2\n"
                + email(151) + ",MENTOR,TikTok:5,,music,AMBIVERT,EITHER,1\n"
                + email(1) + ",MENTEE,,AI assistants:1:HIGH,gaming;travel,INTROVERT,IN_PERSON,\n"
                + email(2) + ",MENTEE,,TikTok:2:MEDIUM,music,AMBIVERT,,\n";
        Path file = Files.createTempFile("enrollments-" + run, ".csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return file;
    }

    private String email(int i) {
        return "journey-" + run + "-" + i + "@example.com";
    }
}
