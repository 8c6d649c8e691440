package org.upward.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
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
 */
public abstract class BrowserTest extends IntegrationTest {

    private static final String CHROMIUM = envOr("UPWARD_CHROMIUM", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = envOr("UPWARD_CHROMEDRIVER", "/usr/bin/chromedriver");

    protected static WebDriver browser;

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
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }

    protected void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    protected void signIn(String email, String password) {
        browser.manage().deleteAllCookies();
        open("/login");
        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    /** Clicks like a person would: scrolled into the middle of the window first, so nothing covers it. */
    protected void click(By locator) {
        org.openqa.selenium.WebElement element = browser.findElement(locator);
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
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), text));
        return browser.findElement(By.tagName("main")).getText();
    }

    protected String heading() {
        return browser.findElement(By.tagName("h1")).getText();
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
