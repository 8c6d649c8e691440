package org.upward.retention.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.upward.support.IntegrationTest;

/** The policy through the API and the admin's page, and the privacy notice written from it. */
class RetentionPolicyTest extends IntegrationTest {

    private static final String DEFAULTS =
            """
            {"privateReflections": 12, "sessionTexts": 24, "applicationAnswers": 12, "notifications": 12,
             "auditEntries": 84, "leavers": 24}
            """;

    @AfterEach
    void backToTheDefaults() {
        jdbc.update(
                """
                update retention_period set months = case kind when 'SESSION_TEXTS' then 24 when 'AUDIT_ENTRIES' then 84
                    when 'LEAVERS' then 24 else 12 end
                """);
    }

    private MockHttpServletRequestBuilder putPolicy(String body) {
        return put("/api/v1/retention-policy")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body);
    }

    @Test
    void theDefaultsAreDocumentedWithWhatEachCountsFrom() throws Exception {
        mvc.perform(get("/api/v1/retention-policy").with(httpBasic(ADMIN, DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.privateReflections").value(12))
                .andExpect(jsonPath("$.sessionTexts").value(24))
                .andExpect(jsonPath("$.auditEntries").value(84))
                .andExpect(jsonPath("$.rules[0].kind").value("privateReflections"))
                .andExpect(jsonPath("$.rules[0].after").value("PROGRAM_COMPLETED"))
                .andExpect(jsonPath("$.rules[4].kind").value("auditEntries"))
                .andExpect(jsonPath("$.rules[4].minimumMonths").value(72))
                .andExpect(jsonPath("$.rules[5].after").value("PERSON_LEFT"));
    }

    @Test
    void anAdminChangesItAndTheChangeIsAudited() throws Exception {
        mvc.perform(putPolicy(DEFAULTS.replace("\"notifications\": 12", "\"notifications\": 6"))
                        .with(httpBasic(ADMIN, DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.notifications").value(6));
        assertThat(jdbc.queryForObject(
                        "select summary from audit_entry where action = 'RETENTION_POLICY_CHANGED'"
                                + " order by id desc limit 1",
                        String.class))
                .isEqualTo("Changed the retention policy: notifications 12 → 6 months");

        Cookie participant = logIn(MENTEE);
        mvc.perform(get("/privacy").cookie(participant))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("6 months, then deleted")))
                .andExpect(content().string(containsString("12 months after the program completes, then blanked")))
                .andExpect(content().string(containsString("Download my data")));
    }

    @Test
    void eachFieldOutOfItsBoundsIsNamed() throws Exception {
        mvc.perform(putPolicy(
                                """
                                {"privateReflections": 0, "sessionTexts": 121, "applicationAnswers": 12,
                                 "notifications": 12, "auditEntries": 71}
                                """)
                        .with(httpBasic(ADMIN, DEMO_PASSWORD)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("privateReflections"))
                .andExpect(jsonPath("$.errors[0].message").value("Between 1 and 120 months."))
                .andExpect(jsonPath("$.errors[1].field").value("sessionTexts"))
                .andExpect(jsonPath("$.errors[2].field").value("auditEntries"))
                .andExpect(jsonPath("$.errors[2].message").value(containsString("at least 72 months")))
                .andExpect(jsonPath("$.errors[3].field").value("leavers"))
                .andExpect(jsonPath("$.errors.length()").value(4));
        assertThat(jdbc.queryForObject(
                        "select months from retention_period where kind = 'PRIVATE_REFLECTIONS'", Integer.class))
                .isEqualTo(12);
    }

    @Test
    void onlyAdminsReadOrChangeIt() throws Exception {
        for (String who : new String[] {MENTEE, EXECUTIVE}) {
            mvc.perform(get("/api/v1/retention-policy").with(httpBasic(who, DEMO_PASSWORD)))
                    .andExpect(status().isForbidden());
            mvc.perform(putPolicy(DEFAULTS).with(httpBasic(who, DEMO_PASSWORD))).andExpect(status().isForbidden());
            mvc.perform(get("/admin/retention").cookie(logIn(who))).andExpect(status().isForbidden());
        }
    }

    @Test
    void theAdminsPageAsksBeforeAShorterPeriodAndShowsWhatItWouldRemove() throws Exception {
        Cookie admin = logIn(ADMIN);
        mvc.perform(get("/admin/retention").cookie(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("What the next run will remove")))
                .andExpect(content().string(containsString("id=\"preview-NOTIFICATIONS\"")));

        mvc.perform(post("/admin/retention")
                        .cookie(admin)
                        .with(csrf())
                        .param("privateReflections", "6")
                        .param("sessionTexts", "24")
                        .param("applicationAnswers", "12")
                        .param("notifications", "12")
                        .param("auditEntries", "84")
                        .param("leavers", "24"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"retention-confirm\"")));
        assertThat(jdbc.queryForObject(
                        "select months from retention_period where kind = 'PRIVATE_REFLECTIONS'", Integer.class))
                .as("not saved before confirming")
                .isEqualTo(12);

        mvc.perform(post("/admin/retention")
                        .cookie(admin)
                        .with(csrf())
                        .param("privateReflections", "6")
                        .param("sessionTexts", "24")
                        .param("applicationAnswers", "12")
                        .param("notifications", "12")
                        .param("auditEntries", "84")
                        .param("leavers", "24")
                        .param("confirmed", "true"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/admin/retention"));
        assertThat(jdbc.queryForObject(
                        "select months from retention_period where kind = 'PRIVATE_REFLECTIONS'", Integer.class))
                .isEqualTo(6);

        mvc.perform(post("/admin/retention")
                        .cookie(admin)
                        .with(csrf())
                        .param("privateReflections", "6")
                        .param("sessionTexts", "24")
                        .param("applicationAnswers", "12")
                        .param("notifications", "12")
                        .param("auditEntries", "12")
                        .param("leavers", "24"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("at least 72 months")))
                .andExpect(content().string(not(containsString("id=\"retention-confirm\""))));
    }
}
