package org.upward.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.upward.support.BrowserTest;

/**
 * Issue 6's survey journey on a phone-sized window (390 × 844): the demo mentee finds the open
 * BASELINE survey on their home page, answers it, and can't answer again; the admin sees the response
 * rate go up and reminds the non-responders.
 */
class AnswerSurveyBrowserTest extends BrowserTest {

    @Test
    void theDemoMenteeAnswersTheOpenSurveyAndTheAdminRemindsTheOthers() {
        long programId = jdbc.queryForObject("select id from program where name = 'Digital leaders 2027'", Long.class);
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            signIn(MENTEE, DEMO_PASSWORD);
            assertThat(mainOnceItSays("To do")).contains("To do");
            click(By.xpath("//a[contains(., 'Answer the BASELINE survey')]"));
            assertThat(mainOnceItSays("Your answers are anonymous")).contains("Your answers are anonymous");
            click(By.cssSelector("label[for='collaboration-4']"));
            click(By.cssSelector("label[for='satisfaction-5']"));
            click(By.cssSelector("label[for='recommend-9']"));
            browser.findElement(By.id("comments")).sendKeys("Looking forward to it", Keys.TAB);
            click(By.xpath("//button[contains(., 'Send my answers')]"));
            assertThat(mainOnceItSays("Please answer the questions marked below"))
                    .contains("Please answer the questions marked below");
            assertThat(browser.findElement(By.id("collaboration-4")).isSelected())
                    .isTrue();
            click(By.cssSelector("label[for='intergenerationalCommunication-3']"));
            click(By.xpath("//button[contains(., 'Send my answers')]"));
            assertThat(mainOnceItSays("Your answers were filed anonymously"))
                    .contains("Your answers were filed anonymously", "You have answered this survey");
            assertThat(browser.findElements(By.xpath("//button[contains(., 'Send my answers')]")))
                    .isEmpty();
            open("/participant");
            assertThat(main()).doesNotContain("Answer the BASELINE survey");
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 900));
        }

        signIn(ADMIN, DEMO_PASSWORD);
        open("/admin/programs/" + programId);
        click(By.xpath("//a[normalize-space() = 'Surveys']"));
        String rate = browser.findElement(By.cssSelector("#wave-BASELINE .rate-participants"))
                .getText();
        assertThat(rate).matches("\\d+ of \\d+ answered \\(\\d+ %\\)");
        click(By.xpath("//*[@id='wave-BASELINE']//button[contains(., 'Remind non-responders')]"));
        assertThat(mainOnceItSays("Reminded "))
                .containsPattern("Reminded (1 person who hasn’t|\\d+ people who haven’t) answered yet");
    }

    private String main() {
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.tagName("main")));
        return browser.findElement(By.tagName("main")).getText();
    }
}
