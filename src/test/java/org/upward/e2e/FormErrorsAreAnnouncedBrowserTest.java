package org.upward.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.upward.support.BrowserTest;

/**
 * A field the server refuses is marked for assistive technology too: aria-invalid, and described by its message; the
 * pages showing the errors pass the accessibility check like every other page.
 */
class FormErrorsAreAnnouncedBrowserTest extends BrowserTest {

    @Test
    void aRefusedProgramFieldIsInvalidAndDescribedByItsMessage() {
        signIn(ADMIN, DEMO_PASSWORD);
        open("/admin/programs/new");
        browser.findElement(By.name("name")).sendKeys("Dates the wrong way round");
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript("arguments[0].value = '2027-05-01'", browser.findElement(By.name("startDate")));
        js.executeScript("arguments[0].value = '2027-01-01'", browser.findElement(By.name("endDate")));
        // form.submit() skips the browser's own checks, as an old browser or a script would: the server decides
        js.executeScript("arguments[0].form.submit()", browser.findElement(By.name("endDate")));

        mainOnceItSays("The end date must be after the start date.");
        WebElement endDate = browser.findElement(By.name("endDate"));
        assertThat(endDate.getAttribute("aria-invalid")).isEqualTo("true");
        String describedBy = endDate.getAttribute("aria-describedby");
        assertThat(describedBy).contains("endDate-help");
        String firstId = describedBy.split(" ")[0];
        assertThat(browser.findElement(By.id(firstId)).getText())
                .isEqualTo("The end date must be after the start date.");
        assertThat(browser.findElement(By.name("name")).getAttribute("aria-invalid"))
                .isNull();
    }

    @Test
    void aFailedLoginMarksTheFieldsAndPointsToTheMessage() {
        browser.manage().deleteAllCookies();
        open("/login");
        browser.findElement(By.id("email")).sendKeys(ADMIN);
        browser.findElement(By.id("password")).sendKeys("not the password");
        click(By.cssSelector("form button[type=submit]"));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("error"));

        for (String field : new String[] {"email", "password"}) {
            WebElement input = browser.findElement(By.id(field));
            assertThat(input.getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(input.getAttribute("aria-describedby")).isEqualTo("login-error");
        }
        assertThat(browser.findElement(By.id("login-error")).getAttribute("role"))
                .isEqualTo("alert");
    }
}
