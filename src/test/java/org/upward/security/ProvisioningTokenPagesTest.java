package org.upward.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.upward.support.IntegrationTest;

/** The admin's page for provisioning tokens: create one (shown once), see it listed, revoke it after a confirm. */
class ProvisioningTokenPagesTest extends IntegrationTest {

    @Test
    void anAdminCreatesSeesAndRevokesAProvisioningToken() throws Exception {
        Cookie admin = logIn(ADMIN);
        String name = "Entra " + UUID.randomUUID();
        String created = mvc.perform(post("/admin/provisioning-tokens")
                        .cookie(admin)
                        .with(csrf())
                        .param("name", name))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Matcher token = Pattern.compile("upw_scim_[A-Za-z0-9_-]{43}").matcher(created);
        assertThat(token.find()).as("the token is shown once").isTrue();
        assertThat(created).contains("/scim/v2").contains(name);
        long id = jdbc.queryForObject("select id from provisioning_token where name = ?", Long.class, name);

        String listed = mvc.perform(get("/admin/provisioning-tokens").cookie(admin))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(listed).contains(name).doesNotContain(token.group()).contains("Yes, revoke it");

        mvc.perform(post("/admin/provisioning-tokens/" + id + "/revoke")
                        .cookie(admin)
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/provisioning-tokens"));
        assertThat(jdbc.queryForObject(
                        "select revoked_at is not null from provisioning_token where id = ?", Boolean.class, id))
                .isTrue();
        mvc.perform(get("/scim/v2/Users").header("Authorization", "Bearer " + token.group()))
                .andExpect(status().isUnauthorized());

        mvc.perform(post("/admin/provisioning-tokens")
                        .cookie(admin)
                        .with(csrf())
                        .param("name", " "))
                .andExpect(status().isOk());
        assertThat(jdbc.queryForObject("select count(*) from provisioning_token where name = ' '", Integer.class))
                .isZero();
    }
}
