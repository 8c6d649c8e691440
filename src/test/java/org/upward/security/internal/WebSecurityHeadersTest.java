package org.upward.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.upward.support.IntegrationTest;

/**
 * The headers pages and the API answer with, the session cookie's flags with and without TLS (also behind a
 * trusted proxy that says so in X-Forwarded-Proto, but not when anyone else says so), and a new session id on
 * login.
 */
class WebSecurityHeadersTest extends IntegrationTest {

    private MockHttpServletResponse page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    private static void assertCommonHeaders(MockHttpServletResponse response) {
        String csp = response.getHeader("Content-Security-Policy");
        assertThat(csp).contains("frame-ancestors 'none'").doesNotContain("'unsafe-eval'");
        assertThat(scriptSources(csp)).doesNotContain("'unsafe-inline'");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.getHeader("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
    }

    /** The sources scripts may come from: script-src, or default-src when there is none. */
    private static String scriptSources(String csp) {
        String fallback = "";
        for (String directive : csp.split(";")) {
            String trimmed = directive.trim();
            if (trimmed.startsWith("script-src ")) {
                return trimmed;
            }
            if (trimmed.startsWith("default-src ")) {
                fallback = trimmed;
            }
        }
        assertThat(fallback).as("a script policy").isNotEmpty();
        return fallback;
    }

    @Test
    void pagesCarryThePolicyHeadersAndHstsOnlyOverHttps() throws Exception {
        MockHttpServletResponse plain = page(get("/login"));
        assertCommonHeaders(plain);
        assertThat(plain.getHeader("Content-Security-Policy")).contains("script-src 'self'");
        assertThat(plain.getHeader("Strict-Transport-Security")).isNull();

        MockHttpServletResponse secure = page(get("/login").secure(true));
        assertCommonHeaders(secure);
        assertThat(secure.getHeader("Strict-Transport-Security")).contains("max-age=31536000");

        MockHttpServletResponse proxied =
                page(get("/login").with(fromTrustedProxy()).header("X-Forwarded-Proto", "https"));
        assertThat(proxied.getHeader("Strict-Transport-Security")).contains("max-age=31536000");

        MockHttpServletResponse spoofed = page(get("/login").header("X-Forwarded-Proto", "https"));
        assertThat(spoofed.getHeader("Strict-Transport-Security"))
                .as("X-Forwarded-Proto from anyone but a trusted proxy")
                .isNull();
    }

    /** The request comes from the tests' trusted reverse proxy (upward.trusted-proxies). */
    static RequestPostProcessor fromTrustedProxy() {
        return request -> {
            request.setRemoteAddr(TRUSTED_PROXY);
            return request;
        };
    }

    @Test
    void signedInPagesCarryTheHeadersToo() throws Exception {
        Cookie session = logIn(ADMIN);
        MockHttpServletResponse admin = page(get("/admin").cookie(session));
        assertThat(admin.getStatus()).isEqualTo(200);
        assertCommonHeaders(admin);
        assertThat(admin.getHeader("Strict-Transport-Security")).isNull();
    }

    @Test
    void apiAnswersCarryTheHeadersAndHstsOnlyOverHttps() throws Exception {
        MockHttpServletResponse plain = page(get("/api/v1/me").with(httpBasic(ADMIN, DEMO_PASSWORD)));
        assertThat(plain.getStatus()).isEqualTo(200);
        assertCommonHeaders(plain);
        assertThat(plain.getHeader("Content-Security-Policy")).contains("default-src 'none'");
        assertThat(plain.getHeader("Strict-Transport-Security")).isNull();

        MockHttpServletResponse refused = page(get("/api/v1/me").secure(true));
        assertThat(refused.getStatus()).isEqualTo(401);
        assertCommonHeaders(refused);
        assertThat(refused.getHeader("Strict-Transport-Security")).contains("max-age=31536000");

        MockHttpServletResponse health = page(get("/actuator/health").secure(true));
        assertCommonHeaders(health);
        assertThat(health.getHeader("Strict-Transport-Security")).contains("max-age=31536000");
    }

    private static String sessionCookieOf(MockHttpServletResponse response) {
        List<String> cookies = response.getHeaders("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("SESSION="))
                .toList();
        assertThat(cookies).as("the login sets the session cookie").hasSize(1);
        return cookies.get(0);
    }

    /** Logs in and answers the response; behind a proxy the redirect is absolute (https://localhost/). */
    private MockHttpServletResponse logInWith(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request.param("email", MENTOR)
                        .param("password", DEMO_PASSWORD)
                        .with(csrf()))
                .andExpect(status().isFound())
                .andReturn()
                .getResponse();
        assertThat(response.getRedirectedUrl()).isIn("/", "https://localhost/");
        return response;
    }

    @Test
    void sessionCookieIsHttpOnlyAndLaxAndSecureOnlyBehindTls() throws Exception {
        String plain = sessionCookieOf(logInWith(post("/login")));
        assertThat(plain).contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure");

        String secure = sessionCookieOf(logInWith(post("/login").secure(true)));
        assertThat(secure).contains("HttpOnly").contains("SameSite=Lax").contains("Secure");

        String proxied = sessionCookieOf(
                logInWith(post("/login").with(fromTrustedProxy()).header("X-Forwarded-Proto", "https")));
        assertThat(proxied).contains("Secure");

        String spoofed = sessionCookieOf(logInWith(post("/login").header("X-Forwarded-Proto", "https")));
        assertThat(spoofed)
                .as("X-Forwarded-Proto from anyone but a trusted proxy")
                .doesNotContain("Secure");
    }

    @Test
    void loggingInGivesANewSessionId() throws Exception {
        MockHttpServletResponse loginPage = page(get("/login"));
        String before = sessionCookieOf(loginPage);
        Cookie anonymous = new Cookie("SESSION", before.substring("SESSION=".length(), before.indexOf(';')));

        String after = sessionCookieOf(logInWith(post("/login").cookie(anonymous)));
        Cookie signedIn = new Cookie("SESSION", after.substring("SESSION=".length(), after.indexOf(';')));

        assertThat(signedIn.getValue()).isNotEqualTo(anonymous.getValue());
        mvc.perform(get("/participant").cookie(signedIn)).andExpect(status().isOk());
        mvc.perform(get("/participant").cookie(anonymous))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/login"));
    }
}
