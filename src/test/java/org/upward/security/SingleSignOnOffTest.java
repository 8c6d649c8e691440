package org.upward.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.upward.support.FlashMatchers.flashProblem;

import jakarta.servlet.http.Cookie;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.upward.support.IntegrationTest;

/** Without UPWARD_SSO_ISSUER_URI the app logs in with passwords only, as before. */
class SingleSignOnOffTest extends IntegrationTest {

    @AfterEach
    void passwordsWorkAgain() {
        TestIdentityProvider.resetPolicy(jdbc);
    }

    @Test
    void loginPageHasNoSingleSignOnButton() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("Sign in with"))));
    }

    @Test
    void theOidcEndpointsDoNotExist() throws Exception {
        mvc.perform(get("/oauth2/authorization/sso")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/login/oauth2/code/sso").param("code", "x").param("state", "y"))
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void ssoCannotBeRequiredWhenItIsNotSetUp() throws Exception {
        Cookie admin = logIn(ADMIN);
        mvc.perform(post("/admin/sso/break-glass")
                        .param("email", ADMIN)
                        .param("breakGlass", "true")
                        .cookie(admin)
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/sso"));
        mvc.perform(get("/admin/sso").cookie(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Single sign-on is not set up")));
        mvc.perform(post("/admin/sso/require")
                        .param("required", "true")
                        .cookie(admin)
                        .with(csrf()))
                .andExpect(flashProblem("sso.admin.refused.notConfigured"));
        assertThat(jdbc.queryForObject("select password_login_requires_sso from sso_policy", Boolean.class))
                .isFalse();
        logIn(MENTOR);
    }
}
