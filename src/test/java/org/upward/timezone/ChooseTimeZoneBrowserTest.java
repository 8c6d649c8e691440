package org.upward.timezone;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.upward.sessions.ActivePair;
import org.upward.support.BrowserTest;

/**
 * A person who has not chosen a time zone is offered their browser's (here Tokyo, set through Chromium's
 * emulation), saves it, and from then on sees it as their choice, with no suggestion.
 */
class ChooseTimeZoneBrowserTest extends BrowserTest {

    @Test
    void theBrowsersZoneIsSuggestedAndSavedOnlyWhenThePersonSaves() throws Exception {
        ActivePair pair = ActivePair.create(mvc, "2025-01-06", 2);
        ChromeDriver chromium = (ChromeDriver) browser;
        chromium.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", "Asia/Tokyo"));
        try {
            signIn(pair.mentor, ActivePair.PASSWORD);
            click(By.linkText("Time zone"));
            mainOnceItSays("Your time zone");

            By zone = By.id("timeZone");
            By note = By.id("timeZone-browser");
            assertThat(new Select(browser.findElement(zone))
                            .getFirstSelectedOption()
                            .getAttribute("value"))
                    .isEqualTo("Asia/Tokyo");
            assertThat(browser.findElement(note).getText())
                    .isEqualTo("Your browser says Asia/Tokyo, so it is selected. Save to keep it.");
            // suggested, not saved
            assertThat(chosenZone(pair.mentor)).isNull();

            click(By.cssSelector("main form button[type=submit]"));
            String saved = mainOnceItSays("Your time zone is saved.");
            assertThat(saved).contains("Times are now shown in Asia/Tokyo");
            assertThat(browser.findElement(note).isDisplayed()).isFalse();
            assertThat(chosenZone(pair.mentor)).isEqualTo("Asia/Tokyo");
        } finally {
            chromium.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", ""));
        }
    }

    private String chosenZone(String email) {
        return jdbc.queryForObject(
                "select a.time_zone from account a join person p on p.id = a.person_id where p.email = ?",
                String.class,
                email);
    }
}
