package org.upward.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.upward.sessions.ActivePair;
import org.upward.support.BrowserTest;

/**
 * An admin opens a program's messages from its page, is refused an unknown placeholder, previews the launch
 * announcement as one of its participants, saves it, and after confirming goes back to the default.
 */
class EditMessageBrowserTest extends BrowserTest {

    @Test
    void theAdminEditsPreviewsAndResetsTheLaunchAnnouncement() {
        ActivePair pair = runProgram();
        signIn(ADMIN, DEMO_PASSWORD);
        open("/admin/programs/" + pair.programId);
        click(By.linkText("Messages"));
        mainOnceItSays("What the program’s people are told");
        click(By.cssSelector("#message-LAUNCH_ANNOUNCEMENT"));
        mainOnceItSays("The default wording.");
        assertThat(browser.findElement(By.id("placeholders")).getText()).contains("{firstName}", "{link}");

        type(By.id("message-body"), "Dear {firstName}, your {salary} awaits.");
        click(By.cssSelector("main form button.btn-primary"));
        String refused = mainOnceItSays("{salary} is not a placeholder of this message");
        assertThat(refused).contains("You can use: {firstName}, {programName}, {startDate}, {endDate}, {link}.");

        type(By.id("message-body"), "Dear {firstName}, welcome to {programName}.");
        new Select(browser.findElement(By.id("preview-email"))).selectByVisibleText("Eve Mentee " + pair.run);
        click(By.cssSelector("main form button.btn-outline-primary"));
        mainOnceItSays("As Eve Mentee " + pair.run);
        assertThat(browser.findElement(By.id("message-preview")).getText())
                .contains("Dear Eve, welcome to Sessions " + pair.run + ".");
        checkAccessibility();

        click(By.cssSelector("main form button.btn-primary"));
        mainOnceItSays("The message is saved");
        assertThat(browser.findElement(By.id("message-state")).getText()).isEqualTo("This program’s own wording.");

        click(By.cssSelector("main details summary"));
        mainOnceItSays("the default is sent again");
        click(By.cssSelector("main details form button"));
        mainOnceItSays("The message is back to the default wording.");
        assertThat(browser.findElement(By.id("message-body")).getAttribute("value"))
                .startsWith("Hello {firstName},");
    }

    private ActivePair runProgram() {
        try {
            return ActivePair.create(mvc, "2025-01-06", 2);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void type(By field, String text) {
        WebElement input = browser.findElement(field);
        input.clear();
        input.sendKeys(text);
    }
}
