package org.upward.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import org.upward.support.IntegrationTest;

/**
 * Subject access on the demo mentee, who was in pairs with sessions, wrote feedback, rated their skills, answered
 * survey waves, was told things and appears in the audit log. One of their feedbacks gets a private reflection
 * for the test (taken off again afterwards); it starts like a spreadsheet formula.
 */
class PersonalDataTest extends IntegrationTest {

    private static final String REFLECTION = "=HYPERLINK(\"x\") I still dread the board meeting";

    private long feedbackId;

    @BeforeEach
    void reflect() {
        feedbackId = jdbc.queryForObject(
                """
                select min(f.id) from session_feedback f join person p on p.id = f.author_id
                where p.email = ? and f.private_reflection is null
                """,
                Long.class,
                MENTEE);
        jdbc.update("update session_feedback set private_reflection = ? where id = ?", REFLECTION, feedbackId);
    }

    @AfterEach
    void forget() {
        jdbc.update("update session_feedback set private_reflection = null where id = ?", feedbackId);
    }

    @Test
    void theirOwnExportHasEverySectionAndTheirPrivateReflection() throws Exception {
        String body = json(get("/api/v1/me/personal-data").with(httpBasic(MENTEE, DEMO_PASSWORD)));

        assertThat(body).contains(REFLECTION.replace("\"", "\\\""));
        assertThat((Boolean) JsonPath.read(body, "$.privateTextsIncluded")).isTrue();
        assertThat((Integer) JsonPath.read(body, "$.withheldPrivateTexts")).isZero();
        Map<String, Integer> counts = counts(body);
        assertThat(counts)
                .containsKeys(
                        "profile",
                        "account",
                        "apiTokens",
                        "enrollments",
                        "applications",
                        "pairs",
                        "pairRequests",
                        "fitChecks",
                        "agreements",
                        "sessions",
                        "plannedSessions",
                        "feedback",
                        "checkIns",
                        "followUps",
                        "assessments",
                        "surveyWaves",
                        "surveyDrafts",
                        "wrapUps",
                        "notifications",
                        "notificationSettings",
                        "auditEntries");
        for (String filled : List.of(
                "profile",
                "account",
                "enrollments",
                "pairs",
                "sessions",
                "feedback",
                "assessments",
                "surveyWaves",
                "notifications",
                "auditEntries")) {
            assertThat(counts.get(filled)).as(filled).isPositive();
        }
        List<String> partners = JsonPath.read(body, "$.sections.pairs.rows[*].partner");
        assertThat(partners).contains("Maya Mentor");
        List<String> waves = JsonPath.read(body, "$.sections.surveyWaves.rows[*].wave");
        assertThat(waves).isNotEmpty();
        assertThat((String) JsonPath.read(body, "$.sections.surveyWaves.note")).contains("anonymous");
        for (String comment : jdbc.queryForList(
                """
                select r.comments from survey_response r
                where r.comments is not null and r.wave_id in (select p.wave_id from survey_participation p
                      join person m on m.id = p.person_id where m.email = ?)
                """,
                String.class,
                MENTEE)) {
            assertThat(body).doesNotContain(comment);
        }
    }

    @Test
    void theAdminsExportLeavesThePrivateReflectionOutCountsItAndIsAudited() throws Exception {
        long person = jdbc.queryForObject("select id from person where email = ?", Long.class, MENTEE);
        int audited = audited(person);

        String body = json(get("/api/v1/people/" + MENTEE + "/personal-data").with(httpBasic(ADMIN, DEMO_PASSWORD)));

        assertThat(body).doesNotContain("dread the board meeting");
        assertThat((Boolean) JsonPath.read(body, "$.privateTextsIncluded")).isFalse();
        assertThat((Integer) JsonPath.read(body, "$.sections.feedback.withheldPrivateTexts"))
                .isEqualTo(1);
        List<Integer> withheld = JsonPath.read(body, "$.sections.*.withheldPrivateTexts");
        int total = JsonPath.read(body, "$.withheldPrivateTexts");
        assertThat(total)
                .isEqualTo(withheld.stream().mapToInt(Integer::intValue).sum());
        assertThat((String) JsonPath.read(body, "$.note")).contains("private reflections");
        List<Boolean> flags = JsonPath.read(body, "$.sections.feedback.rows[*].hasPrivateReflection");
        assertThat(flags).contains(true);
        assertThat(counts(body).get("sessions")).isPositive();
        assertThat(audited(person)).isEqualTo(audited + 1);
    }

    @Test
    void nobodyButAnAdminGetsSomeoneElsesData() throws Exception {
        for (String caller : List.of(MENTOR, EXECUTIVE)) {
            mvc.perform(get("/api/v1/people/" + MENTEE + "/personal-data").with(httpBasic(caller, DEMO_PASSWORD)))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/admin/people/" + MENTEE + "/personal-data.zip").cookie(logIn(MENTOR)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/people/nobody-here@example.com/personal-data").with(httpBasic(ADMIN, DEMO_PASSWORD)))
                .andExpect(status().isNotFound());
    }

    @Test
    void theZipHasTheJsonAndOneSpreadsheetSafeCsvPerSection() throws Exception {
        Cookie session = logIn(MENTEE);
        mvc.perform(get("/account/personal-data").cookie(session)).andExpect(status().isOk());

        Map<String, String> files = unzip(get("/account/personal-data.zip").cookie(session));

        assertThat(files)
                .containsKeys(
                        "personal-data.json",
                        "profile.csv",
                        "pairs.csv",
                        "sessions.csv",
                        "feedback.csv",
                        "assessments.csv",
                        "surveyWaves.csv",
                        "notifications.csv",
                        "auditEntries.csv");
        assertThat(files.get("personal-data.json")).contains("dread the board meeting");
        assertThat(files.get("feedback.csv"))
                .startsWith("program,sessionHeldOn,rating")
                .contains("'=HYPERLINK")
                .doesNotContain(",=HYPERLINK");
        assertThat(files.get("profile.csv")).contains("Martin Mentee");
    }

    @Test
    void theAdminsZipIsTheirsWithoutTheReflection() throws Exception {
        Map<String, String> files =
                unzip(get("/admin/people/" + MENTEE + "/personal-data.zip").cookie(logIn(ADMIN)));

        assertThat(files).containsKeys("personal-data.json", "feedback.csv");
        assertThat(String.join("", files.values())).doesNotContain("dread the board meeting");
    }

    private String json(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private Map<String, String> unzip(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        MvcResult started =
                mvc.perform(request).andExpect(request().asyncStarted()).andReturn();
        byte[] zip = mvc.perform(asyncDispatch(started))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/zip"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private static Map<String, Integer> counts(String body) {
        Map<String, Map<String, Object>> sections = JsonPath.read(body, "$.sections");
        Map<String, Integer> counts = new LinkedHashMap<>();
        sections.forEach((name, section) -> counts.put(name, (Integer) section.get("count")));
        return counts;
    }

    private int audited(long person) {
        return jdbc.queryForObject(
                """
                select count(*) from audit_entry
                where action = 'PERSONAL_DATA_EXPORTED' and subject_type = 'PERSON' and subject_id = ?
                """,
                Integer.class,
                person);
    }
}
