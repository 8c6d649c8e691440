package org.upward.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.upward.support.BrowserTest;

/**
 * A sent form says it is working (spinner and an announced "Working… please wait" next to its
 * button), and clicking again sends nothing more: the session is stored once.
 */
class SentFormShowsProgressBrowserTest extends BrowserTest {

    @Test
    void aSentFormShowsProgressAndASecondClickSendsNothing() throws Exception {
        ActivePair pair = ActivePair.create(
                mvc, LocalDate.now(ZoneOffset.UTC).minusWeeks(2).toString(), 2);
        signIn(pair.mentor, ActivePair.PASSWORD);
        click(By.xpath("//a[contains(., 'Our sessions')]"));
        WebElement duration = browser.findElement(By.id("durationMinutes"));
        duration.clear();
        duration.sendKeys("40", Keys.TAB);
        click(By.cssSelector("label[for='format-VIDEO']"));
        checkAccessibility();

        // Both clicks and the reading happen in one script, before the browser leaves the page: what the person sees
        // while the request is on its way, and how many of the clicks really sent the form.
        @SuppressWarnings("unchecked")
        Map<String, Object> seen = (Map<String, Object>) ((JavascriptExecutor) browser)
                .executeScript(
                        "const send = arguments[0]; let sent = 0;"
                                + "window.addEventListener('submit', e => { if (!e.defaultPrevented) sent++; });"
                                + "send.click(); send.click();"
                                + "const status = document.querySelector('.busy-status[role=status]');"
                                + "return {sent: sent, disabled: send.getAttribute('aria-disabled'),"
                                + " spinners: send.querySelectorAll('.spinner-border').length,"
                                + " status: status && status.textContent, shown: !!(status && status.offsetParent)};",
                        browser.findElement(By.xpath("//button[contains(., 'Log session')]")));
        assertThat(seen)
                .containsEntry("sent", 1L)
                .containsEntry("disabled", "true")
                .containsEntry("spinners", 1L)
                .containsEntry("status", "Working… please wait")
                .containsEntry("shown", true);
        assertThat(mainOnceItSays("Session logged")).contains("40 min");
        assertThat(jdbc.queryForObject(
                        "select count(*) from mentoring_session where pair_id = ?", Long.class, pair.pairId))
                .isEqualTo(1);
    }
}
