package org.upward.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.upward.sessions.ActivePair;
import org.upward.support.BrowserTest;

/**
 * Issue 9: a participant's journey with the keyboard only — signing in, reaching the pair's page by Tab, logging a
 * session with Tab, Space, arrow keys and typing, and sending it with Enter. Wherever the focus lands, it must be
 * visible: an outline or a box shadow on the focused element, or for Bootstrap's button-like radios (the input is
 * hidden) on the label drawn in its place.
 */
class KeyboardOnlyBrowserTest extends BrowserTest {

    /** More than any page here has tab stops before the wanted one (a date field has three: day, month, year). */
    private static final int MAX_TABS = 120;

    /** What the focused element is, and whether its focus can be seen. */
    private static final String FOCUS =
            """
            const e = document.activeElement;
            if (e === document.body) {
              return {element: 'nothing yet', visible: true, settled: true, style: ''};
            }
            const drawn = e.classList.contains('btn-check')
                ? document.querySelector("label[for='" + e.id + "']") : e;
            const s = getComputedStyle(drawn);
            const r = drawn.getBoundingClientRect();
            const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
            // a shadow counts once it can be seen: not fully transparent, and not a zero-size glow still fading in
            const shadow = s.boxShadow !== 'none' && s.boxShadow.split(/,(?![^(]*\\))/).some(one => {
              const colour = (one.match(/rgba?\\(([^)]*)\\)/) || [null, ''])[1].split(',');
              const alpha = colour.length === 4 ? parseFloat(colour[3]) : 1;
              const lengths = (one.replace(/rgba?\\([^)]*\\)/, '').match(/-?[\\d.]+px/g) || []).map(parseFloat);
              return alpha >= 0.1 && lengths.some(length => Math.abs(length) >= 1);
            });
            return {
              settled: drawn.getAnimations().length === 0,
              element: e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.name ? '[name=' + e.name + ']' : '')
                + ' ' + (e.innerText || e.value || '').trim().substring(0, 40),
              visible: (outline || shadow) && r.width > 0 && r.height > 0,
              style: 'outline: ' + s.outlineStyle + ' ' + s.outlineWidth + '; box-shadow: ' + s.boxShadow
                + '; window focused: ' + document.hasFocus() + ', :focus ' + e.matches(':focus') + ', :focus-within ' + e.matches(':focus-within')
            };""";

    private final Set<String> invisibleFocus = new LinkedHashSet<>();

    @Test
    void aMentorSignsInReachesTheirPairAndLogsASessionWithTheKeyboardOnly() throws Exception {
        ActivePair pair = ActivePair.create(
                mvc, LocalDate.now(ZoneOffset.UTC).minusWeeks(4).toString(), 2);
        browser.manage().deleteAllCookies();
        open("/login");
        tabTo("#email");
        type(pair.mentor);
        tabTo("#password");
        checkAccessibility();
        press(ActivePair.PASSWORD, Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/participant"));

        tabTo("a[href$='/participant/pairs/" + pair.pairId + "']");
        checkAccessibility();
        press(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.urlContains("/participant/pairs/" + pair.pairId));

        tabTo("#durationMinutes");
        press(Keys.chord(Keys.CONTROL, "a"), "50");
        tabTo("input[name=format]");
        arrowTo("format-IN_PERSON");
        tabTo("#skill-0");
        press(Keys.SPACE);
        tabTo("#notes");
        type("Keyboard only: practised prompts for the board memo");
        tabTo("input[name=rating][id^=log-rating]");
        arrowTo("log-rating-4");
        tabTo("#learned");
        type("Shortcuts for everything");
        tabTo("#privateReflection");
        type("Calmer than last time");
        tabTo("form[action$='/sessions'] button[type=submit]");
        checkAccessibility();
        press(Keys.ENTER);

        assertThat(mainOnceItSays("Keyboard only: practised prompts for the board memo"))
                .contains("Shortcuts for everything")
                .doesNotContain("Calmer than last time");
        Map<String, Object> saved = jdbc.queryForMap(
                "select s.duration_minutes, s.format, s.skills_covered::text as skills, f.rating, f.learned,"
                        + " f.private_reflection from mentoring_session s join session_feedback f on f.session_id = s.id"
                        + " where s.pair_id = ?",
                pair.pairId);
        assertThat(saved)
                .containsEntry("duration_minutes", 50)
                .containsEntry("format", "IN_PERSON")
                .containsEntry("rating", 4)
                .containsEntry("learned", "Shortcuts for everything")
                .containsEntry("private_reflection", "Calmer than last time");
        assertThat((String) saved.get("skills")).contains("AI assistants");
        assertThat(invisibleFocus).as("elements whose focus cannot be seen").isEmpty();
    }

    /** Presses Tab until the focus is on an element matching {@code selector}, checking each focus on the way. */
    private void tabTo(String selector) {
        List<String> path = new ArrayList<>();
        for (int presses = 0; presses <= MAX_TABS; presses++) {
            String focused = checkFocus();
            path.add(focused);
            if (Boolean.TRUE.equals(
                    js().executeScript("return document.activeElement.matches(arguments[0])", selector))) {
                System.out.println("keyboard: " + presses + " × Tab to " + selector + ": " + String.join(" → ", path));
                return;
            }
            new Actions(browser).sendKeys(Keys.TAB).perform();
        }
        throw new AssertionError("No Tab presses reach " + selector + " on " + browser.getCurrentUrl()
                + "; the focus went: " + String.join(" → ", path));
    }

    /** Moves through a radio group with the arrow keys (which also choose) until the radio {@code id} is chosen. */
    private void arrowTo(String id) {
        for (int presses = 0; presses < 10; presses++) {
            checkFocus();
            if (Boolean.TRUE.equals(js().executeScript(
                            "return document.activeElement.id === arguments[0] && document.activeElement.checked",
                            id))) {
                return;
            }
            if (Boolean.TRUE.equals(js().executeScript("return document.activeElement.id === arguments[0]", id))) {
                press(Keys.SPACE);
            } else {
                press(Keys.ARROW_RIGHT);
            }
        }
        throw new AssertionError("The arrow keys do not reach " + id);
    }

    /**
     * What has the focus, noting it if its focus cannot be seen — once the focused element's transitions (Bootstrap
     * fades its focus glow in and out) are over, so that a glow fading out is not taken for a focus ring.
     */
    private String checkFocus() {
        Map<String, Object> focus;
        try {
            focus = new WebDriverWait(browser, Duration.ofSeconds(2))
                    .pollingEvery(Duration.ofMillis(50))
                    .until(driver -> {
                        Map<String, Object> now = focus();
                        return Boolean.TRUE.equals(now.get("settled")) ? now : null;
                    });
        } catch (org.openqa.selenium.TimeoutException stillMoving) {
            focus = focus();
        }
        if (!Boolean.TRUE.equals(focus.get("visible"))) {
            invisibleFocus.add(browser.getCurrentUrl() + " " + focus.get("element") + " (" + focus.get("style") + ")");
        }
        return String.valueOf(focus.get("element"));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> focus() {
        return (Map<String, Object>) js().executeScript(FOCUS);
    }

    private void type(String text) {
        press(text);
    }

    private void press(CharSequence... keys) {
        new Actions(browser).sendKeys(keys).perform();
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) browser;
    }
}
