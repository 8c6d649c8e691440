package org.upward.support;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of browser tests: a real headless Chromium (Debian's, never a downloaded one) driving the
 * application. In CI ({@code CI=true}) a missing Chromium fails the run; elsewhere the tests skip.
 *
 * <p>Every page a test shows is checked with axe-core against WCAG 2.2 AA: the page is checked when the test leaves it
 * (the next {@link #open}, {@link #click} or {@link #signIn}) and at the end of the test. Each check prints one line;
 * a test fails at its end if any page had a serious or critical violation, and each class prints a summary. Pages of
 * other sites a journey passes through (an identity provider's login page) are not Upward's, so they are not checked.
 */
public abstract class BrowserTest extends IntegrationTest {

    private static final String CHROMIUM = envOr("UPWARD_CHROMIUM", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = envOr("UPWARD_CHROMEDRIVER", "/usr/bin/chromedriver");

    protected static WebDriver browser;

    /**
     * The WCAG 2.0, 2.1 and 2.2 A and AA rules of axe-core, once running CSS transitions (a button's hover colours
     * fading in under the mouse) have ended: their in-between colours are no state a person reads.
     */
    private static final String AXE_RUN = "const done = arguments[arguments.length - 1];"
            + "Promise.all(document.getAnimations().filter(a => a instanceof CSSTransition)"
            + ".map(a => a.finished.catch(() => null)))"
            + ".then(() => axe.run(document, {runOnly: {type: 'tag',"
            + " values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}, resultTypes: ['violations']}))"
            + ".then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')"
            + ".map(v => ({id: v.id, nodes: v.nodes.map(n => n.target.join(' ') + ' ' + n.failureSummary)"
            + ".slice(0, 5)}))))"
            + ".catch(e => done([{id: 'axe-error', nodes: [String(e)]}]));";

    private static String axeSource;
    private static int pagesChecked;
    private static int violationsFound;
    private static String testClass = "";
    private final List<String> inaccessiblePages = new ArrayList<>();

    @LocalServerPort
    protected int port;

    @BeforeAll
    static void startBrowser() throws IOException {
        if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
            String message = "Browser tests need Chromium at " + CHROMIUM + " and ChromeDriver at " + CHROMEDRIVER
                    + ": install them with 'apt-get install chromium chromium-driver'"
                    + " (or set UPWARD_CHROMIUM and UPWARD_CHROMEDRIVER).";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(message);
            }
            Assumptions.abort(message);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--window-size=1280,900",
                "--user-data-dir=" + Files.createTempDirectory("upward-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        pagesChecked = 0;
        violationsFound = 0;
    }

    /** The last page of the test is checked too; then the test fails if any of its pages was not accessible. */
    @org.junit.jupiter.api.BeforeEach
    void nameTheSummary() {
        testClass = getClass().getSimpleName();
    }

    @AfterEach
    void everyPageWasAccessible() {
        if (browser == null) {
            return;
        }
        checkAccessibility();
        if (!inaccessiblePages.isEmpty()) {
            Assertions.fail("Pages with serious or critical WCAG 2.2 AA violations (axe-core):\n"
                    + String.join("\n", inaccessiblePages));
        }
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            System.out.println("axe summary: " + testClass + " — " + pagesChecked + " pages checked, " + violationsFound
                    + " serious/critical violations");
        }
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }

    protected void open(String path) {
        checkAccessibility();
        browser.get("http://localhost:" + port + path);
    }

    protected void signIn(String email, String password) {
        checkAccessibility();
        browser.manage().deleteAllCookies();
        open("/login");
        checkAccessibility();
        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    /** Clicks like a person would: scrolled into the middle of the window first, so nothing covers it. */
    protected void click(By locator) {
        org.openqa.selenium.WebElement element = browser.findElement(locator);
        checkAccessibility();
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        try {
            element.click();
        } catch (RuntimeException failed) {
            screenshot("click-failed");
            throw failed;
        }
    }

    /**
     * Saves what the browser shows under target/screenshots, to see why a step failed — or, with
     * {@code UPWARD_SCREENSHOTS=docs}, under docs/screenshots, where README.md shows them.
     */
    protected void screenshot(String name) {
        try {
            java.nio.file.Path dir = java.nio.file.Files.createDirectories(
                    "docs".equals(System.getenv("UPWARD_SCREENSHOTS"))
                            ? java.nio.file.Path.of("docs", "screenshots")
                            : java.nio.file.Path.of("target", "screenshots"));
            byte[] png = ((org.openqa.selenium.TakesScreenshot) browser)
                    .getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
            java.nio.file.Files.write(dir.resolve(name + ".png"), png);
        } catch (IOException | RuntimeException ignored) {
            // a screenshot is a help for debugging, never a reason to fail differently
        }
    }

    /**
     * The main content's text once it says {@code text}: after a click the old page may still be shown for a moment,
     * so reading it at once would read the page before.
     */
    protected String mainOnceItSays(String text) {
        // read and tested in one go, and read again if the page was being replaced while it was read
        return new WebDriverWait(browser, Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .withMessage(() -> "the page never said \"" + text + "\"; it says:\n" + mainText())
                .until(driver -> {
                    String shown = driver.findElement(By.tagName("main")).getText();
                    return shown.contains(text) ? shown : null;
                });
    }

    private static String mainText() {
        try {
            return browser.findElement(By.tagName("main")).getText();
        } catch (RuntimeException unreadable) {
            return "(" + unreadable.getClass().getSimpleName() + ")";
        }
    }

    /**
     * Checks the page shown with axe-core (WCAG 2.0/2.1/2.2 A and AA rules), unless this very document was checked
     * already; prints one line and remembers the page if it has serious or critical violations.
     */
    protected void checkAccessibility() {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        try {
            new WebDriverWait(browser, Duration.ofSeconds(10))
                    .until(driver -> "complete".equals(js.executeScript("return document.readyState")));
            if (Boolean.TRUE.equals(js.executeScript("return window.__upwardAxeChecked === true"))) {
                return;
            }
            String url = browser.getCurrentUrl();
            if (!url.startsWith("http")) {
                return; // the browser's own start page
            }
            if (!isOurs(url)) {
                // another site on the way, such as an identity provider's login page: not ours to fix
                System.out.println("axe: " + url.replaceFirst("[?#].*", "") + " — not checked: not a page of Upward");
                return;
            }
            String path = (String) js.executeScript("return location.pathname + location.search");
            if (Boolean.FALSE.equals(js.executeScript("return typeof window.axe !== 'undefined'"))) {
                js.executeScript(axeSource());
            }
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> violations = (List<Map<String, Object>>) js.executeAsyncScript(AXE_RUN);
            js.executeScript("window.__upwardAxeChecked = true");
            List<String> ids =
                    violations.stream().map(v -> String.valueOf(v.get("id"))).toList();
            pagesChecked++;
            violationsFound += ids.size();
            System.out.println("axe: " + path + " — " + ids.size() + " serious/critical violations"
                    + (ids.isEmpty() ? "" : ": " + String.join(", ", ids)));
            for (Map<String, Object> violation : violations) {
                inaccessiblePages.add(path + " " + violation.get("id") + ": " + violation.get("nodes"));
            }
        } catch (org.openqa.selenium.WebDriverException leftWhileChecking) {
            // the page went away while it was checked (a navigation started by the test): its successor is checked
            System.out.println("axe: " + browser.getCurrentUrl() + " — not checked: "
                    + leftWhileChecking.getMessage().lines().findFirst().orElse(""));
        }
    }

    /** Whether {@code url} is a page of the application under test (same host and port), not another site's. */
    private boolean isOurs(String url) {
        java.net.URI uri = java.net.URI.create(url);
        return "localhost".equals(uri.getHost()) && uri.getPort() == port;
    }

    private static String axeSource() {
        if (axeSource == null) {
            try (InputStream in = BrowserTest.class.getResourceAsStream("/axe.min.js")) {
                if (in == null) {
                    throw new IllegalStateException(
                            "axe.min.js (com.deque.html.axe-core:selenium) is not on the test" + " classpath");
                }
                axeSource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return axeSource;
    }

    protected String heading() {
        return browser.findElement(By.tagName("h1")).getText();
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
