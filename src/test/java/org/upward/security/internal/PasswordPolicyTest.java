package org.upward.security.internal;

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
import jakarta.servlet.http.Cookie;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.upward.people.NewPerson;
import org.upward.people.People;
import org.upward.support.IntegrationTest;
import org.upward.support.Passwords;

/**
 * The password policy (length, at most 72 bytes, not the email, not a common password) on every path where a person sets a
 * password: the invitation link page and API, and changing one's own password on the account page and
 * through the API. (The first admin's password: StartupRulesTest.)
 */
class PasswordPolicyTest extends IntegrationTest {

    @Autowired
    People people;

    @Test
    void refusesShortPasswordsTheEmailAndCommonPasswordsInAnyCase() {
        String email = "pat.doe@example.com";
        assertThat(PasswordPolicy.problemWith("elevenchars", email)).contains("must be at least 12 characters long");
        assertThat(PasswordPolicy.problemWith("PAT.DOE@example.com", email)).contains("must not be the email address");
        assertThat(PasswordPolicy.problemWith("pat.doe.is.me", "pat.doe.is.me@example.com"))
                .as("the part before the @")
                .contains("must not be the email address");
        for (String common : List.of("password1234", "Password1234", "QWERTYUIOP12", "1q2w3e4r5t6y", "iloveyou2024")) {
            assertThat(PasswordPolicy.problemWith(common, email))
                    .as(common)
                    .hasValueSatisfying(problem -> assertThat(problem).contains("most common passwords"));
        }
        assertThat(PasswordPolicy.problemWith("twelve-chars", email)).isEmpty();
        assertThat(PasswordPolicy.problemWith("violet kettle under a bridge", email))
                .isEmpty();
    }

    @Test
    void theBundledListHoldsThousandsOfLowerCaseEntriesOfTwelveCharactersOrMore() throws IOException {
        List<String> entries;
        try (InputStream list = getClass().getClassLoader().getResourceAsStream(PasswordPolicy.COMMON_PASSWORDS)) {
            assertThat(list).isNotNull();
            entries = new String(list.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .toList();
        }
        assertThat(entries).hasSizeGreaterThan(1_000);
        assertThat(entries).allSatisfy(entry -> {
            assertThat(entry).hasSizeGreaterThanOrEqualTo(PasswordPolicy.MIN_LENGTH);
            assertThat(entry).isLowerCase();
        });
        assertThat(entries).contains("password1234", "qwertyuiop12", "123456789012");
    }

    private String invitedPerson() throws Exception {
        String email = "policy-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        people.registerIfAbsent(new NewPerson(email, "Polly Policy", "Legal", "Counsel", 4));
        return email;
    }

    private String invitationToken(String email) throws Exception {
        String body = mvc.perform(
                        post("/api/v1/people/" + email + "/invitation").with(httpBasic(ADMIN, DEMO_PASSWORD)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String url = JsonPath.read(body, "$.inviteUrl");
        return url.substring(url.lastIndexOf('/') + 1);
    }

    private boolean enabled(String email) {
        return jdbc.queryForObject(
                "select a.enabled from account a join person p on p.id = a.person_id where p.email = ?",
                Boolean.class,
                email);
    }

    @Test
    void invitationApiRefusesACommonPasswordAndTheEmailsLocalPart() throws Exception {
        String email = invitedPerson();
        String token = invitationToken(email);
        for (String weak : List.of("Password1234", email.substring(0, email.indexOf('@')), "qwertyuiop"))
            mvc.perform(post("/api/v1/invitations/" + token)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"password\": \"" + weak + "\"}"))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.errors[0].field").value("password"));
        assertThat(enabled(email)).isFalse();
        mvc.perform(post("/api/v1/invitations/" + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"password\": \"violet kettle under a bridge\"}"))
                .andExpect(status().isNoContent());
        assertThat(enabled(email)).isTrue();
    }

    @Test
    void invitationPageRefusesACommonPasswordAndSaysWhy() throws Exception {
        String email = invitedPerson();
        String token = invitationToken(email);
        mvc.perform(post("/invitations/" + token)
                        .with(csrf())
                        .param("password", "QwertyUiop123")
                        .param("confirmation", "QwertyUiop123"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(Matchers.containsString("most common passwords")));
        assertThat(enabled(email)).isFalse();
        mvc.perform(get("/invitations/" + token))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("not a common password")));
        mvc.perform(post("/invitations/" + token)
                        .with(csrf())
                        .param("password", "violet kettle under a bridge")
                        .param("confirmation", "violet kettle under a bridge"))
                .andExpect(redirectedUrl("/login?activated"));
    }

    private String personWithPassword(String password) throws Exception {
        String email = invitedPerson();
        Passwords.setThroughInvitation(mvc, email, password);
        return email;
    }

    private int failedLogins(String email) {
        return jdbc.queryForObject(
                "select a.failed_login_count from account a join person p on p.id = a.person_id where p.email = ?",
                Integer.class,
                email);
    }

    private ResultActions changeOnPage(Cookie session, String current, String next, String confirmation)
            throws Exception {
        return mvc.perform(post("/account/password")
                .cookie(session)
                .with(csrf())
                .param("currentPassword", current)
                .param("newPassword", next)
                .param("confirmation", confirmation));
    }

    @Test
    void accountPageChangesThePasswordOnlyWithTheCurrentOneAndAStrongNewOne() throws Exception {
        String first = "violet kettle under a bridge";
        String email = personWithPassword(first);
        Cookie session = logIn(email, first);
        mvc.perform(get("/account/password").cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("not a common password")));

        changeOnPage(session, "not-the-current-one", "amber lantern over hills", "amber lantern over hills")
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(Matchers.containsString("not your current password")));
        assertThat(failedLogins(email))
                .as("a wrong current password counts as a failed login")
                .isEqualTo(1);
        changeOnPage(session, first, "Password1234", "Password1234")
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(Matchers.containsString("most common passwords")));
        changeOnPage(session, first, email, email)
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(Matchers.containsString("must not be the email")));
        changeOnPage(session, first, "short", "short")
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(Matchers.containsString("at least 12 characters")));
        changeOnPage(session, first, "amber lantern over hills", "amber lantern over hill")
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(Matchers.containsString("not the same")));
        mvc.perform(get("/api/v1/me").with(httpBasic(email, first))).andExpect(status().isOk());

        Cookie elsewhere = logIn(email, first);
        changeOnPage(session, first, "amber lantern over hills", "amber lantern over hills")
                .andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/account/password").cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Your password is changed")));
        mvc.perform(get("/account/password").cookie(elsewhere))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/login"));
        mvc.perform(get("/api/v1/me").with(httpBasic(email, first))).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/me").with(httpBasic(email, "amber lantern over hills")))
                .andExpect(status().isOk());
        mvc.perform(get("/account/password")).andExpect(redirectedUrl("/login"));
    }

    private ResultActions changeThroughApi(String email, String password, String current, String next)
            throws Exception {
        return mvc.perform(put("/api/v1/me/password")
                .with(httpBasic(email, password))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"currentPassword\": \"" + current + "\", \"newPassword\": \"" + next + "\"}"));
    }

    @Test
    void apiChangesTheCallersPasswordUnderTheSamePolicy() throws Exception {
        String first = "violet kettle under a bridge";
        String email = personWithPassword(first);
        changeThroughApi(email, first, "wrong-current-password", "amber lantern over hills")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("currentPassword"));
        changeThroughApi(email, first, first, "qwertyuiop12")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("newPassword"));
        Cookie page = logIn(email, first);
        changeThroughApi(email, first, first, "amber lantern over hills").andExpect(status().isNoContent());
        // the page session signed in with the old password is ended
        mvc.perform(get("/account/password").cookie(page)).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/api/v1/me").with(httpBasic(email, "amber lantern over hills")))
                .andExpect(status().isOk());
        mvc.perform(put("/api/v1/me/password")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currentPassword\": \"x\", \"newPassword\": \"y\"}"))
                .andExpect(status().isUnauthorized());
    }

    /** 72 characters but 73 bytes: "é" takes two bytes in UTF-8. */
    private static final String SEVENTY_THREE_BYTES = "violet kettle under a bridge, ".repeat(2) + "amber lant\u00e9r";

    private static final String SEVENTY_TWO_BYTES = "violet kettle under a bridge, ".repeat(2) + "amber lanter";

    @Test
    void refusesPasswordsOverSeventyTwoBytesCountingUtf8() {
        assertThat(SEVENTY_THREE_BYTES.getBytes(StandardCharsets.UTF_8)).hasSize(73);
        assertThat(SEVENTY_THREE_BYTES).hasSize(72);
        assertThat(SEVENTY_TWO_BYTES.getBytes(StandardCharsets.UTF_8)).hasSize(72);
        assertThat(PasswordPolicy.problemWith(SEVENTY_TWO_BYTES, "pat@example.com"))
                .isEmpty();
        assertThat(PasswordPolicy.problemWith(SEVENTY_THREE_BYTES, "pat@example.com"))
                .hasValueSatisfying(problem -> assertThat(problem).contains("at most 72 bytes", "plain letters"));
        assertThat(PasswordPolicy.problemWith("é".repeat(37), "pat@example.com"))
                .as("37 characters, 74 bytes")
                .isPresent();
    }

    @Test
    void invitationPageAndApiRefuseATooLongPasswordWithAFieldMessageAndAcceptSeventyTwoBytes() throws Exception {
        String email = invitedPerson();
        String token = invitationToken(email);
        mvc.perform(post("/api/v1/invitations/" + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"password\": \"" + "x1".repeat(50) + "\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("password"))
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("at most 72 bytes")));
        mvc.perform(post("/invitations/" + token)
                        .with(csrf())
                        .param("password", SEVENTY_THREE_BYTES)
                        .param("confirmation", SEVENTY_THREE_BYTES))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(Matchers.containsString("at most 72 bytes")));
        assertThat(enabled(email)).isFalse();
        mvc.perform(post("/invitations/" + token)
                        .with(csrf())
                        .param("password", SEVENTY_TWO_BYTES)
                        .param("confirmation", SEVENTY_TWO_BYTES))
                .andExpect(redirectedUrl("/login?activated"));
        mvc.perform(get("/api/v1/me").with(httpBasic(email, SEVENTY_TWO_BYTES))).andExpect(status().isOk());
        // a long password at login is a wrong one, not an error
        mvc.perform(get("/api/v1/me").with(httpBasic(email, "x1".repeat(50)))).andExpect(status().isUnauthorized());
    }

    @Test
    void changingThePasswordOnThePageOrThroughTheApiRefusesATooLongOne() throws Exception {
        String first = "violet kettle under a bridge";
        String email = personWithPassword(first);
        Cookie session = logIn(email, first);
        changeOnPage(session, first, SEVENTY_THREE_BYTES, SEVENTY_THREE_BYTES)
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(Matchers.containsString("at most 72 bytes")));
        changeThroughApi(email, first, first, "x1".repeat(50))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("newPassword"))
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("at most 72 bytes")));
        mvc.perform(get("/api/v1/me").with(httpBasic(email, first))).andExpect(status().isOk());
        changeThroughApi(email, first, first, SEVENTY_TWO_BYTES).andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/me").with(httpBasic(email, SEVENTY_TWO_BYTES))).andExpect(status().isOk());
    }
}
