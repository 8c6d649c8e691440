package org.upward.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.upward.support.FlashMatchers.flashProblem;
import static org.upward.support.FlashMatchers.flashSuccess;

import com.jayway.jsonpath.JsonPath;
import com.nimbusds.jose.JOSEObjectType;
import jakarta.servlet.http.Cookie;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.upward.people.NewPerson;
import org.upward.people.People;
import org.upward.support.IntegrationTest;

/**
 * OpenID Connect login end to end: a real provider (mock-oauth2-server) on its own port, the app on its random
 * port, a plain HTTP client following the redirects, and the app exchanging the code at the provider's token
 * endpoint over HTTP. Its own application context (the SSO settings differ), closed after the class.
 */
@DirtiesContext
class SingleSignOnTest extends IntegrationTest {

    private static final String ISSUER = TestIdentityProvider.ISSUER;
    private static final String CLIENT_ID = "upward-test";
    private static final MockOAuth2Server PROVIDER = TestIdentityProvider.start(false);

    @LocalServerPort
    int port;

    @Autowired
    People people;

    @DynamicPropertySource
    static void singleSignOn(DynamicPropertyRegistry registry) {
        TestIdentityProvider.configure(registry, PROVIDER, CLIENT_ID);
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.shutdown();
    }

    @AfterEach
    void passwordsWorkAgain() {
        TestIdentityProvider.resetPolicy(jdbc);
    }

    @Test
    void loginPageOffersTheProviderWhenConfigured() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Sign in with Acme ID")))
                .andExpect(content().string(Matchers.containsString("href=\"/oauth2/authorization/sso\"")));
    }

    @Test
    void demoAdminSignsInThroughTheProviderAndGetsTheAdminPages() throws Exception {
        Browser browser = new Browser();
        HttpResponse<String> callback = browser.signIn(ADMIN, true);

        assertThat(callback.statusCode()).isEqualTo(302);
        assertThat(callback.headers().firstValue("Location")).hasValue(app("/"));
        assertThat(browser.get("/").headers().firstValue("Location")).hasValue(app("/admin"));
        HttpResponse<String> admin = browser.get("/admin");
        assertThat(admin.statusCode()).isEqualTo(200);
        assertThat(admin.body()).contains("Programs");
        // the principal is an UpwardUser, as after a password login: pages that take it work
        HttpResponse<String> accounts = browser.get("/notifications");
        assertThat(accounts.statusCode()).isEqualTo(200);
        HttpResponse<String> tokens = browser.get("/api/v1/me");
        assertThat(tokens.statusCode()).as("the API stays Basic/Bearer only").isEqualTo(401);
        assertThat(browser.get("/participant").statusCode()).isEqualTo(403);
    }

    @Test
    void participantSignsInAndGetsTheParticipantPagesButNotTheAdminOnes() throws Exception {
        Browser browser = new Browser();
        assertThat(browser.signIn(MENTEE, true).statusCode()).isEqualTo(302);

        assertThat(browser.get("/").headers().firstValue("Location")).hasValue(app("/participant"));
        HttpResponse<String> home = browser.get("/participant");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("My mentoring");
        assertThat(browser.get("/admin").statusCode()).isEqualTo(403);
        assertThat(lastLoginIsSet(MENTEE)).isTrue();
    }

    @Test
    void loggingOutOfAnSsoSessionAlsoEndsItAtTheProviderWhichSendsThePersonBackToTheLoginPage() throws Exception {
        Browser browser = new Browser();
        assertThat(browser.signIn(MENTEE, true).statusCode()).isEqualTo(302);

        HttpResponse<String> logout = browser.logOutFrom("/participant");

        assertThat(logout.statusCode()).isEqualTo(302);
        URI endSession = URI.create(logout.headers().firstValue("Location").orElseThrow());
        assertThat(endSession.toString()).startsWith(PROVIDER.endSessionEndpointUrl(ISSUER) + "?");
        assertThat(endSession.getQuery())
                .contains("id_token_hint=ey", "client_id=" + CLIENT_ID)
                .contains("post_logout_redirect_uri=" + app("/login?logout"));
        assertThat(browser.get("/participant").statusCode()).isEqualTo(302);
    }

    @Test
    void loggingOutOfAPasswordSessionStaysInUpward() throws Exception {
        Cookie session = logIn(MENTEE);
        mvc.perform(post("/logout").cookie(session).with(csrf()))
                .andExpect(redirectedUrl("http://localhost/login?logout"));
    }

    @Test
    void emailCaseFromTheProviderDoesNotMatter() throws Exception {
        Browser browser = new Browser();
        assertThat(browser.signIn(EXECUTIVE.toUpperCase(), true).statusCode()).isEqualTo(302);
        assertThat(browser.get("/executive").statusCode()).isEqualTo(200);
    }

    @Test
    void personInTheDirectoryWithoutAnAccountGetsOneWithoutRolesOrPassword() throws Exception {
        String email = "sso.newcomer@example.com";
        people.registerIfAbsent(new NewPerson(email, "Sam Sso", "Finance", "Analyst", 3));

        Browser browser = new Browser();
        assertThat(browser.signIn(email, true).statusCode()).isEqualTo(302);

        assertThat(browser.get("/notifications").statusCode()).isEqualTo(200);
        assertThat(browser.get("/admin").statusCode()).isEqualTo(403);
        Map<String, Object> account = jdbc.queryForMap(
                "select a.enabled, a.password_hash, (select count(*) from account_role r where r.account_id = a.id)"
                        + " as roles from account a join person p on p.id = a.person_id where p.email = ?",
                email);
        assertThat(account.get("enabled")).isEqualTo(true);
        assertThat(account.get("password_hash")).isNull();
        assertThat(((Number) account.get("roles")).intValue()).isZero();
    }

    @Test
    void unknownEmailIsRefusedWithAPageSayingWhomToAsk() throws Exception {
        Browser browser = new Browser();
        HttpResponse<String> callback = browser.signIn("stranger@elsewhere.example", true);

        assertThat(callback.statusCode()).isEqualTo(403);
        assertThat(callback.body())
                .contains("Your account is not known to Upward")
                .contains("stranger@elsewhere.example")
                .contains("hr@acme.example")
                .doesNotContain("Exception");
        assertThat(browser.get("/admin").headers().firstValue("Location")).hasValue(app("/login"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from person where email = 'stranger@elsewhere.example'", Integer.class))
                .isZero();
    }

    @Test
    void aPersonWhoLeftTheCompanyIsRefusedThoughTheProviderKnowsThem() throws Exception {
        String email = "sso.leaver@example.com";
        people.registerIfAbsent(new NewPerson(email, "Lee Leaver", "Finance", "Analyst", 3));
        jdbc.update("update person set leave_date = current_date - 1 where email = ?", email);

        Browser browser = new Browser();
        HttpResponse<String> callback = browser.signIn(email, true);

        assertThat(callback.statusCode()).isEqualTo(403);
        assertThat(callback.body()).contains("Your Upward account is closed").contains(email);
        assertThat(browser.get("/notifications").headers().firstValue("Location"))
                .hasValue(app("/login"));
    }

    @Test
    void unverifiedEmailIsRefusedEvenForAKnownPerson() throws Exception {
        Browser browser = new Browser();
        HttpResponse<String> callback = browser.signIn(ADMIN, false);

        assertThat(callback.statusCode()).isEqualTo(403);
        assertThat(callback.body()).contains("Your email could not be confirmed");
        assertThat(browser.get("/admin").headers().firstValue("Location")).hasValue(app("/login"));
    }

    @Test
    void missingEmailVerifiedClaimCountsAsUnverified() throws Exception {
        Browser browser = new Browser();
        HttpResponse<String> callback = browser.signIn(ADMIN, null);

        assertThat(callback.statusCode()).isEqualTo(403);
        assertThat(callback.body()).contains("Your email could not be confirmed");
    }

    @Test
    void requiringSsoRefusesPasswordLoginsButNotTheBreakGlassAdmin() throws Exception {
        String token = JsonPath.read(
                mvc.perform(post("/api/v1/tokens")
                                .with(httpBasic(MENTOR, DEMO_PASSWORD))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"name\": \"before SSO\"}"))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.token");
        Cookie admin = logIn(ADMIN);
        mvc.perform(post("/admin/sso/break-glass")
                        .param("email", ADMIN)
                        .param("breakGlass", "true")
                        .cookie(admin)
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/sso"));
        mvc.perform(post("/admin/sso/require")
                        .param("required", "true")
                        .cookie(admin)
                        .with(csrf()))
                .andExpect(flashSuccess("sso.admin.requiredOn"));
        mvc.perform(get("/admin/sso").cookie(admin))
                .andExpect(content().string(Matchers.containsString("only break-glass admins can log in")));

        // form: refused for a participant, and for an unknown email the same way
        mvc.perform(post("/login")
                        .param("email", MENTOR)
                        .param("password", DEMO_PASSWORD)
                        .with(csrf()))
                .andExpect(redirectedUrl("/login?sso-required"));
        mvc.perform(post("/login")
                        .param("email", "nobody@example.com")
                        .param("password", "whatever")
                        .with(csrf()))
                .andExpect(redirectedUrl("/login?sso-required"));
        mvc.perform(get("/login").param("sso-required", ""))
                .andExpect(content().string(Matchers.containsString("signs in to Upward with Acme ID")));
        // API Basic is a password login too
        mvc.perform(get("/api/v1/me").with(httpBasic(MENTOR, DEMO_PASSWORD))).andExpect(status().isUnauthorized());
        // API tokens keep working
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk());
        // a break-glass admin's wrong password gets the same answer, so probing tells nobody who they are
        mvc.perform(post("/login")
                        .param("email", ADMIN)
                        .param("password", "not-the-password")
                        .with(csrf()))
                .andExpect(redirectedUrl("/login?sso-required"));
        // the break-glass admin still logs in with a password, on the form and with Basic
        logIn(ADMIN);
        mvc.perform(get("/api/v1/me").with(httpBasic(ADMIN, DEMO_PASSWORD))).andExpect(status().isOk());
        // and the participant signs in through the provider
        Browser browser = new Browser();
        assertThat(browser.signIn(MENTOR, true).statusCode()).isEqualTo(302);
        assertThat(browser.get("/participant").statusCode()).isEqualTo(200);

        mvc.perform(post("/admin/sso/require")
                        .param("required", "false")
                        .cookie(admin)
                        .with(csrf()))
                .andExpect(flashSuccess("sso.admin.requiredOff"));
        logIn(MENTOR);
        assertThat(jdbc.queryForList(
                        "select action from audit_entry where action in ('SSO_REQUIRED', 'SSO_NO_LONGER_REQUIRED',"
                                + " 'BREAK_GLASS_GRANTED') and actor_email = ? order by id desc limit 3",
                        String.class,
                        ADMIN))
                .containsExactly("SSO_NO_LONGER_REQUIRED", "SSO_REQUIRED", "BREAK_GLASS_GRANTED");
    }

    @Test
    void aCallbackThatDoesNotMatchTheLoginAttemptGoesBackToTheLoginPage() throws Exception {
        Browser browser = new Browser();
        assertThat(browser.get("/oauth2/authorization/sso").statusCode()).isEqualTo(302);
        HttpResponse<String> callback = browser.get("/login/oauth2/code/sso?code=forged&state=forged");
        assertThat(callback.statusCode()).isEqualTo(302);
        assertThat(callback.headers().firstValue("Location")).hasValue(app("/login?sso-error"));
        assertThat(browser.get("/admin").headers().firstValue("Location")).hasValue(app("/login"));
    }

    @Test
    void ssoCannotBeRequiredWithoutABreakGlassAdmin() throws Exception {
        Cookie admin = logIn(ADMIN);
        mvc.perform(post("/admin/sso/require")
                        .param("required", "true")
                        .cookie(admin)
                        .with(csrf()))
                .andExpect(flashProblem("sso.admin.refused.noBreakGlass"));
        assertThat(requiresSso()).isFalse();
        logIn(MENTOR);
    }

    @Test
    void theLastBreakGlassAdminStaysWhileSsoIsRequired() throws Exception {
        Cookie admin = logIn(ADMIN);
        mvc.perform(post("/admin/sso/break-glass")
                .param("email", ADMIN)
                .param("breakGlass", "true")
                .cookie(admin)
                .with(csrf()));
        mvc.perform(post("/admin/sso/require")
                .param("required", "true")
                .cookie(admin)
                .with(csrf()));
        mvc.perform(post("/admin/sso/break-glass")
                        .param("email", ADMIN)
                        .param("breakGlass", "false")
                        .cookie(admin)
                        .with(csrf()))
                .andExpect(flashProblem("sso.admin.refused.lastBreakGlass"));
        assertThat(jdbc.queryForObject(
                        "select a.break_glass from account a join person p on p.id = a.person_id where p.email = ?",
                        Boolean.class,
                        ADMIN))
                .isTrue();
    }

    @Test
    void onlyAnAdminCanBeBreakGlass() throws Exception {
        Cookie admin = logIn(ADMIN);
        mvc.perform(post("/admin/sso/break-glass")
                        .param("email", MENTOR)
                        .param("breakGlass", "true")
                        .cookie(admin)
                        .with(csrf()))
                .andExpect(flashProblem("sso.admin.refused.notAdmin"));
    }

    @Test
    void onlyAdminsReachTheSsoSettings() throws Exception {
        Cookie mentor = logIn(MENTOR);
        mvc.perform(get("/admin/sso").cookie(mentor)).andExpect(status().isForbidden());
        mvc.perform(post("/admin/sso/require")
                        .param("required", "true")
                        .cookie(mentor)
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(requiresSso()).isFalse();
    }

    private boolean requiresSso() {
        return jdbc.queryForObject("select password_login_requires_sso from sso_policy", Boolean.class);
    }

    private boolean lastLoginIsSet(String email) {
        return jdbc.queryForObject(
                "select a.last_login_at is not null from account a join person p on p.id = a.person_id"
                        + " where p.email = ?",
                Boolean.class,
                email);
    }

    private String app(String path) {
        return "http://localhost:" + port + path;
    }

    /** A browser without JavaScript: keeps cookies, follows nothing by itself. */
    private class Browser {

        private final HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();

        /** The whole authorization code flow; answers the app's response to the provider's callback. */
        HttpResponse<String> signIn(String email, Boolean emailVerified) throws Exception {
            Map<String, Object> claims = new HashMap<>();
            claims.put("email", email);
            claims.put("name", "Someone");
            if (emailVerified != null) {
                claims.put("email_verified", emailVerified);
            }
            PROVIDER.enqueueCallback(new DefaultOAuth2TokenCallback(
                    ISSUER, "subject-" + email, JOSEObjectType.JWT.getType(), List.of(CLIENT_ID), claims, 3600));

            HttpResponse<String> start = get("/oauth2/authorization/sso");
            assertThat(start.statusCode()).isEqualTo(302);
            String authorize = start.headers().firstValue("Location").orElseThrow();
            assertThat(authorize)
                    .startsWith(PROVIDER.authorizationEndpointUrl(ISSUER).toString());

            HttpResponse<String> provider = send(URI.create(authorize));
            assertThat(provider.statusCode()).isEqualTo(302);
            String callback = provider.headers().firstValue("Location").orElseThrow();
            assertThat(callback).startsWith(app("/login/oauth2/code/sso?code="));

            return send(URI.create(callback));
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return send(URI.create(app(path)));
        }

        /** Logs out with the logout form of a page: its CSRF token, then POST /logout. */
        HttpResponse<String> logOutFrom(String page) throws IOException, InterruptedException {
            Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
                    .matcher(get(page).body());
            assertThat(token.find()).isTrue();
            return http.send(
                    HttpRequest.newBuilder(URI.create(app("/logout")))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    "_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8)))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        private HttpResponse<String> send(URI uri) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
