package org.upward.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.upward.support.BrowserTest;

/**
 * Single sign-on in Chromium: the login page's button, the provider's own login page (mock-oauth2-server with
 * interactive login, where a person types who they are and the claims of their ID token), and back in Upward on
 * the home page of the person's role, or on the refusal page for an email Upward does not know. The provider's
 * page is not Upward's, so it is not checked with axe; every page of Upward is. Its own application context (the
 * SSO settings differ), closed after the class.
 */
@DirtiesContext
class SingleSignOnBrowserTest extends BrowserTest {

    private static final String ISSUER = TestIdentityProvider.ISSUER;
    private static final MockOAuth2Server PROVIDER = TestIdentityProvider.start(true);

    @DynamicPropertySource
    static void singleSignOn(DynamicPropertyRegistry registry) {
        TestIdentityProvider.configure(registry, PROVIDER, "upward-browser-test");
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.shutdown();
    }

    @BeforeEach
    void signedOut() {
        open("/login");
        browser.manage().deleteAllCookies();
    }

    @Test
    void theMenteeSignsInAtTheProviderAndLandsOnTheirHomeAsAParticipant() {
        signInAtTheProvider(MENTEE, true);

        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(app("/participant")));
        assertThat(mainOnceItSays("My mentoring")).contains("Your partners");
        assertThat(browser.findElement(By.tagName("nav")).getText())
                .contains(nameOf(MENTEE), "Log out")
                .doesNotContain("People");
        open("/admin");
        assertThat(mainOnceItSays("This page is not for your role")).isNotEmpty();
    }

    @Test
    void theAdminSignsInAtTheProviderAndLandsOnTheAdminPages() {
        signInAtTheProvider(ADMIN, true);

        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(app("/admin")));
        assertThat(mainOnceItSays("Programs")).isNotEmpty();
        assertThat(browser.findElement(By.tagName("nav")).getText()).contains(nameOf(ADMIN), "People");
    }

    @Test
    void anEmailUpwardDoesNotKnowLandsOnAPageSayingWhomToAsk() {
        signInAtTheProvider("stranger@elsewhere.example", true);

        assertThat(mainOnceItSays("Your account is not known to Upward"))
                .contains("stranger@elsewhere.example", "hr@acme.example")
                .doesNotContain("Exception");
        click(By.linkText("Back to log in"));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(app("/login")));
        open("/participant");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(app("/login")));
        assertThat(jdbc.queryForObject(
                        "select count(*) from person where email = 'stranger@elsewhere.example'", Integer.class))
                .isZero();
    }

    /** From Upward's login page through the provider's: types a subject and the ID token's claims. */
    private void signInAtTheProvider(String email, boolean emailVerified) {
        open("/login");
        assertThat(browser.findElement(By.cssSelector("a.sso-login")).getText()).isEqualTo("Sign in with Acme ID");
        click(By.linkText("Sign in with Acme ID"));
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.urlContains(
                        PROVIDER.authorizationEndpointUrl(ISSUER).toString()));
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.name("username")))
                .sendKeys("subject-" + email);
        browser.findElement(By.name("claims"))
                .sendKeys("{\"email\": \"" + email + "\", \"email_verified\": " + emailVerified
                        + ", \"name\": \"Someone\"}");
        click(By.cssSelector("input[type=submit]"));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlMatches("^" + app("/")));
    }

    private String nameOf(String email) {
        return jdbc.queryForObject("select name from person where email = ?", String.class, email);
    }

    private String app(String path) {
        return "http://localhost:" + port + path;
    }
}
