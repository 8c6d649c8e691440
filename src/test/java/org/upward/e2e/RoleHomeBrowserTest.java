package org.upward.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.upward.support.BrowserTest;

class RoleHomeBrowserTest extends BrowserTest {

    @ParameterizedTest(name = "{0} lands on {1}")
    @CsvSource({
        "admin@demo.upward.app,  /admin,       Programs",
        "exec@demo.upward.app,   /executive,   Impact",
        "mentor@demo.upward.app, /participant, My mentoring",
        "mentee@demo.upward.app, /participant, My mentoring"
    })
    void eachDemoRoleLogsInToItsHomePage(String email, String path, String heading) {
        signIn(email, DEMO_PASSWORD);
        assertThat(browser.getCurrentUrl()).endsWith(path);
        assertThat(heading()).isEqualTo(heading);
        // every role's home page starts with what to do next
        assertThat(browser.findElement(By.cssSelector("main .todo-list h2")).getText())
                .isEqualTo("To do");
        assertThat(browser.findElement(By.cssSelector("nav")).getText()).contains("Log out");

        browser.findElement(By.cssSelector("nav form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/login?logout"));
    }

    @ParameterizedTest
    @CsvSource({"mentor@demo.upward.app, /admin", "exec@demo.upward.app, /participant"})
    void otherRolesPagesShowTheFriendlyForbiddenPage(String email, String path) {
        signIn(email, DEMO_PASSWORD);
        open(path);
        assertThat(heading()).isEqualTo("This page is not for your role");
    }
}
