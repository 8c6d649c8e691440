package org.upward.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.upward.support.BrowserTest;

/**
 * Issue 6's assessment journey on a phone-sized window (390 × 844): the demo mentee finds the open PRE
 * assessment on their home page's to-do list, rates every skill and saves; the list then shows it done.
 * The admin sees the response and reminds those who have not answered.
 */
class AnswerAssessmentBrowserTest extends BrowserTest {

    @Test
    void theDemoMenteeAnswersTheOpenAssessmentFromTheToDoListAndTheAdminReminds() {
        long current = jdbc.queryForObject("select id from program where name = 'Digital leaders 2027'", Long.class);
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            signIn(MENTEE, DEMO_PASSWORD);
            assertThat(mainOnceItSays("To do"))
                    .contains("To do", "Rate your skills: PRE assessment, Digital leaders 2027");
            click(By.partialLinkText("Rate your skills: PRE assessment"));
            assertThat(heading()).isEqualTo("Where do you stand before the program?");
            List<WebElement> legends = browser.findElements(By.cssSelector("form fieldset legend"));
            assertThat(legends).extracting(WebElement::getText).contains("AI assistants", "TikTok");
            for (int i = 0; i < legends.size(); i++) {
                click(By.cssSelector("label[for='level-0-" + i + "-" + (1 + i % 3) + "']"));
            }
            screenshot("assessment-form-phone");
            click(By.xpath("//button[contains(., 'Save my answers')]"));
            assertThat(mainOnceItSays("Saved. Thank you!"))
                    .contains(legends.size() + " of " + legends.size() + " rated");
            assertThat(browser.findElement(By.id("level-0-0-1")).isSelected()).isTrue();

            open("/participant");
            WebElement item = browser.findElement(
                    By.xpath("//li[contains(@class, 'todo-item')][.//a[contains(., 'PRE assessment')]]"));
            assertThat(item.getText()).contains("done");
            screenshot("assessment-todo-phone");
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 900));
        }

        signIn(ADMIN, DEMO_PASSWORD);
        open("/admin/programs/" + current);
        click(By.linkText("Assessments"));
        assertThat(mainOnceItSays("PRE (before)")).contains("Remind non-responders", "Martin Mentee");
        click(By.xpath("//button[contains(., 'Remind non-responders')]"));
        assertThat(mainOnceItSays("Reminded "))
                .containsPattern("Reminded (1 participant who has|\\d+ participants who have) not answered");
    }
}
