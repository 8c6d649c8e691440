package org.upward.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.upward.people.NewPerson;
import org.upward.people.People;
import org.upward.support.IntegrationTest;

class InvitationTest extends IntegrationTest {

    private static final String GOOD_PASSWORD = "a-sensible-passphrase";

    @Autowired
    People people;

    private String newPerson() {
        String email = "invitee-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        people.registerIfAbsent(new NewPerson(email, "Ivy Invitee", "Sales", "Account executive", 3));
        return email;
    }

    private String invite(String email) throws Exception {
        String body = mvc.perform(
                        post("/api/v1/people/" + email + "/invitation").with(httpBasic(ADMIN, DEMO_PASSWORD)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.inviteUrl").value(Matchers.containsString("/invitations/inv_")))
                .andExpect(jsonPath("$.expiresAt").isNotEmpty())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String url = JsonPath.read(body, "$.inviteUrl");
        return url.substring(url.lastIndexOf('/') + 1);
    }

    private String password(String password) {
        return "{\"password\": \"" + password + "\"}";
    }

    @Test
    void invitedPersonSetsAPasswordOnceAndCanThenLogIn() throws Exception {
        String email = newPerson();
        String token = invite(email);
        assertThat(jdbc.queryForObject(
                        "select a.enabled from account a join person p on p.id = a.person_id where p.email = ?",
                        Boolean.class,
                        email))
                .isFalse();
        assertThat(jdbc.queryForObject("select count(*) from invitation where token_hash = ?", Integer.class, token))
                .as("only the hash is stored")
                .isZero();
        mvc.perform(get("/api/v1/me").with(httpBasic(email, GOOD_PASSWORD))).andExpect(status().isUnauthorized());

        mvc.perform(post("/api/v1/invitations/" + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(password("short")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("password"));
        mvc.perform(post("/api/v1/invitations/" + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(password(GOOD_PASSWORD)))
                .andExpect(status().isNoContent());

        mvc.perform(get("/api/v1/me").with(httpBasic(email, GOOD_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.email").value(email));
        mvc.perform(post("/api/v1/invitations/" + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(password("another-long-password")))
                .andExpect(status().isGone());
    }

    @Test
    void expiredOrUnknownLinksDoNotWork() throws Exception {
        String email = newPerson();
        String token = invite(email);
        jdbc.update(
                "update invitation set expires_at = now() - interval '1 minute' where account_id ="
                        + " (select a.id from account a join person p on p.id = a.person_id where p.email = ?)",
                email);
        mvc.perform(post("/api/v1/invitations/" + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(password(GOOD_PASSWORD)))
                .andExpect(status().isGone());
        mvc.perform(post("/api/v1/invitations/inv_unknown")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(password(GOOD_PASSWORD)))
                .andExpect(status().isNotFound());
    }

    @Test
    void aNewInvitationReplacesTheOpenOne() throws Exception {
        String email = newPerson();
        String first = invite(email);
        String second = invite(email);
        mvc.perform(post("/api/v1/invitations/" + first)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(password(GOOD_PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/invitations/" + second)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(password(GOOD_PASSWORD)))
                .andExpect(status().isNoContent());
    }

    @Test
    void activeAccountsAndUnknownPeopleAreNotInvited() throws Exception {
        mvc.perform(post("/api/v1/people/" + MENTOR + "/invitation").with(httpBasic(ADMIN, DEMO_PASSWORD)))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/v1/people/nobody@example.com/invitation").with(httpBasic(ADMIN, DEMO_PASSWORD)))
                .andExpect(status().isNotFound());
    }

    @Test
    void onlyAdminsInvite() throws Exception {
        mvc.perform(post("/api/v1/people/" + newPerson() + "/invitation").with(httpBasic(MENTOR, DEMO_PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/people/" + newPerson() + "/invitation").with(httpBasic(EXECUTIVE, DEMO_PASSWORD)))
                .andExpect(status().isForbidden());
    }

    @Test
    void invitedPersonChoosesAPasswordOnTheLinkPage() throws Exception {
        String email = newPerson();
        String token = invite(email);
        mvc.perform(get("/invitations/" + token))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(email)));
        mvc.perform(post("/invitations/" + token)
                        .with(csrf())
                        .param("password", GOOD_PASSWORD)
                        .param("confirmation", "something-else-entirely"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(Matchers.containsString("not the same")));
        mvc.perform(post("/invitations/" + token)
                        .with(csrf())
                        .param("password", email)
                        .param("confirmation", email))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(Matchers.containsString("must not be the email")));
        mvc.perform(post("/invitations/" + token)
                        .with(csrf())
                        .param("password", GOOD_PASSWORD)
                        .param("confirmation", GOOD_PASSWORD))
                .andExpect(redirectedUrl("/login?activated"));
        mvc.perform(get("/invitations/" + token)).andExpect(status().isGone());
    }

    @Test
    void adminSetsManagedRolesButNotParticipant() throws Exception {
        String email = newPerson();
        mvc.perform(put("/api/v1/people/" + email + "/roles")
                        .with(httpBasic(ADMIN, DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"roles\": [\"EXECUTIVE\"]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.roles[0]").value("EXECUTIVE"));
        mvc.perform(put("/api/v1/people/" + email + "/roles")
                        .with(httpBasic(ADMIN, DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"roles\": [\"PARTICIPANT\"]}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("roles"));
        mvc.perform(put("/api/v1/people/" + email + "/roles")
                        .with(httpBasic(ADMIN, DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"roles\": [\"OWNER\"]}"))
                .andExpect(status().isBadRequest());
        mvc.perform(put("/api/v1/people/" + email + "/roles")
                        .with(httpBasic(MENTOR, DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"roles\": [\"ADMIN\"]}"))
                .andExpect(status().isForbidden());
    }
}
