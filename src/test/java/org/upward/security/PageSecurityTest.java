package org.upward.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.upward.support.IntegrationTest;

class PageSecurityTest extends IntegrationTest {

    @Test
    void anonymousVisitorIsSentToTheLoginPage() throws Exception {
        mvc.perform(get("/admin")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void loginPageListsDemoAccountsInDemoMode() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("mentee@demo.upward.app")));
    }

    @Test
    void eachRoleLandsOnItsOwnHomePage() throws Exception {
        assertHome(ADMIN, "/admin", "Programs");
        assertHome(EXECUTIVE, "/executive", "Impact");
        assertHome(MENTOR, "/participant", "My mentoring");
        assertHome(MENTEE, "/participant", "My mentoring");
    }

    @Test
    void theNavigationShowsEachRoleItsOwnMenuAndAVisitorNone() throws Exception {
        String admin = page(logIn(ADMIN), "/admin");
        assertThat(admin).contains("href=\"/admin/people\"", "href=\"/admin/audit\"", "href=\"/notifications\"");
        assertThat(admin).doesNotContain("href=\"/executive\"", "href=\"/participant\"");
        String mentor = page(logIn(MENTOR), "/participant");
        assertThat(mentor).contains("href=\"/participant\"", "href=\"/notifications\"", "href=\"/privacy\"");
        assertThat(mentor).doesNotContain("href=\"/admin/people\"", "href=\"/executive\"");
        assertThat(page(logIn(EXECUTIVE), "/executive"))
                .contains("href=\"/executive\"")
                .doesNotContain("href=\"/admin/people\"", "href=\"/participant\"");
        String visitor = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();
        assertThat(visitor).doesNotContain("id=\"mainNav\"", "href=\"/notifications\"", "href=\"/privacy\"");
    }

    private String page(Cookie session, String path) throws Exception {
        return mvc.perform(get(path).cookie(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private void assertHome(String email, String home, String heading) throws Exception {
        Cookie session = logIn(email);
        mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl(home));
        mvc.perform(get(home).cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(heading)));
    }

    @Test
    void wrongPasswordIsRefusedWithoutSayingWhetherTheEmailExists() throws Exception {
        int before = failedLogins(MENTOR);
        mvc.perform(post("/login")
                        .param("email", MENTOR)
                        .param("password", "not-the-password")
                        .with(csrf()))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(post("/login")
                        .param("email", "nobody@example.com")
                        .param("password", "not-the-password")
                        .with(csrf()))
                .andExpect(redirectedUrl("/login?error"));
        assertThat(failedLogins(MENTOR)).isEqualTo(before + 1);
        logIn(MENTOR);
        assertThat(failedLogins(MENTOR)).isZero();
    }

    private int failedLogins(String email) {
        return jdbc.queryForObject(
                "select a.failed_login_count from account a join person p on p.id = a.person_id where p.email = ?",
                Integer.class,
                email);
    }

    @Test
    void logoutEndsTheSession() throws Exception {
        Cookie session = logIn(ADMIN);
        mvc.perform(post("/logout").cookie(session).with(csrf())).andExpect(redirectedUrl("/login?logout"));
        mvc.perform(get("/admin").cookie(session)).andExpect(redirectedUrl("/login"));
    }

    @Test
    void formPostWithoutCsrfTokenIsForbidden() throws Exception {
        Cookie session = logIn(ADMIN);
        mvc.perform(post("/logout").cookie(session)).andExpect(status().isForbidden());
        mvc.perform(post("/login").param("email", ADMIN).param("password", DEMO_PASSWORD))
                .andExpect(status().isForbidden());
    }

    @Test
    void participantCannotOpenAdminOrExecutivePages() throws Exception {
        Cookie session = logIn(MENTOR);
        mvc.perform(get("/admin").cookie(session)).andExpect(status().isForbidden());
        mvc.perform(get("/executive").cookie(session)).andExpect(status().isForbidden());
    }

    @Test
    void executiveCannotOpenAdminPages() throws Exception {
        Cookie session = logIn(EXECUTIVE);
        mvc.perform(get("/admin").cookie(session)).andExpect(status().isForbidden());
    }

    @Test
    void unknownPagesAreNotFoundWhenSignedInAndSendVisitorsToLogIn() throws Exception {
        Cookie session = logIn(ADMIN);
        mvc.perform(get("/no-such-page").cookie(session)).andExpect(status().isNotFound());
        mvc.perform(get("/no-such-page")).andExpect(redirectedUrl("/login"));
    }

    @Test
    void pagesCarrySecurityHeaders() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(
                        header().string("Content-Security-Policy", Matchers.containsString("frame-ancestors 'none'")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"));
    }

    @Test
    void basicCredentialsDoNotOpenPages() throws Exception {
        mvc.perform(get("/admin").with(httpBasic(ADMIN, DEMO_PASSWORD))).andExpect(redirectedUrl("/login"));
    }

    @Test
    void sessionsAreStoredInPostgres() throws Exception {
        logIn(EXECUTIVE);
        Integer sessions = jdbc.queryForObject(
                "select count(*) from spring_session where principal_name = ?", Integer.class, EXECUTIVE);
        assertThat(sessions).isPositive();
    }
}
