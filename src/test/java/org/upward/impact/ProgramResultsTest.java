package org.upward.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.upward.support.IntegrationTest;

/**
 * {@code GET /programs/{id}/results} on hand-checked data: six mentees rate AI assistants 3, 4, 4, 5, 5, 3 after
 * the program (mean 4.0, 95% t-interval 3.06 to 4.94) and 2, 2, 3, 3, 3 before (the sixth has no PRE: changes
 * 1, 2, 1, 2, 2, mean 1.6, 0.92 to 2.28); four of six reach level 4 (66.67 %, Wilson 30.00 to 90.32); all six
 * rate Prompt writing 4 (an interval of width 0 touching a target of 4); four mentors rate Negotiation (n = 4);
 * participants' collaboration is 2, 3, 3, 3, 4 at BASELINE and 4, 4, 4, 5, 5 at MONTH_6 (Welch: +1.4, 0.47 to
 * 2.33); MONTH_12 has not closed.
 */
class ProgramResultsTest extends IntegrationTest {

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private long programId;

    private ResultActions admin(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(httpBasic(ADMIN, DEMO_PASSWORD)));
    }

    private String email(String who, int n) {
        return who + n + "-" + run + "@example.com";
    }

    @BeforeEach
    void aProgramThatEndedWithItsData() throws Exception {
        StringBuilder people = new StringBuilder("email,name,department,job_level,hire_date\n");
        for (int n = 0; n < 6; n++) {
            people.append(email("mentee", n))
                    .append(",Mentee ")
                    .append(n)
                    .append(' ')
                    .append(run);
            people.append(",Sales,8,2020-01-01\n");
        }
        for (int n = 0; n < 4; n++) {
            people.append(email("mentor", n))
                    .append(",Mentor ")
                    .append(n)
                    .append(' ')
                    .append(run);
            people.append(",IT,2,2020-01-01\n");
        }
        admin(post("/api/v1/people/import").contentType("text/csv").content(people.toString()))
                .andExpect(status().isOk());
        programId = ((Number) JsonPath.read(
                        admin(post("/api/v1/programs")
                                        .contentType(MediaType.APPLICATION_JSON)
                                        .content(program("\"outcomeMeasure\": \"judged later\"", null)))
                                .andExpect(status().isCreated())
                                .andReturn()
                                .getResponse()
                                .getContentAsString(),
                        "$.id"))
                .longValue();
        admin(post("/api/v1/programs/" + programId + "/transitions")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"to\": \"ENROLLING\"}"))
                .andExpect(status().isOk());
        StringBuilder enrollments = new StringBuilder("email,side,skills_offered,skills_wanted,work_style\n");
        for (int n = 0; n < 6; n++) {
            enrollments.append(email("mentee", n)).append(",MENTEE,,AI assistants:1:HIGH,AMBIVERT\n");
        }
        for (int n = 0; n < 4; n++) {
            enrollments.append(email("mentor", n)).append(",MENTOR,AI assistants:5,,AMBIVERT\n");
        }
        admin(post("/api/v1/programs/" + programId + "/enrollments/import")
                        .contentType("text/csv")
                        .content(enrollments.toString()))
                .andExpect(status().isOk());
        jdbc.update(
                "insert into assessment_window (program_id, phase, opens_on, closes_on, created_at, updated_at)"
                        + " values (?, 'POST', date '2025-06-16', date '2025-07-15', now(), now())",
                programId);
        int[] post = {3, 4, 4, 5, 5, 3};
        int[] pre = {2, 2, 3, 3, 3};
        for (int n = 0; n < 6; n++) {
            rate("mentee", n, "AI assistants", "POST", post[n]);
            rate("mentee", n, "Prompt writing", "POST", 4);
            if (n < pre.length) {
                rate("mentee", n, "AI assistants", "PRE", pre[n]);
            }
        }
        for (int n = 0; n < 4; n++) {
            rate("mentor", n, "Negotiation", "POST", 4);
        }
        long baseline = wave("BASELINE", "2025-01-06", "2025-01-20");
        long month6 = wave("MONTH_6", "2025-06-16", "2025-06-30");
        wave("MONTH_12", "2025-12-01", LocalDate.now().plusDays(10).toString());
        int[] before = {2, 3, 3, 3, 4};
        int[] after = {4, 4, 4, 5, 5};
        for (int n = 0; n < 5; n++) {
            answer(baseline, before[n]);
            answer(month6, after[n]);
        }
    }

    private String program(String measure, Long version) {
        return "{\"name\": \"Results " + run + "\", \"startDate\": \"2025-01-06\", \"endDate\": \"2025-06-30\","
                + " \"sponsorEmail\": \"exec@demo.upward.app\", \"cost\": 5000,"
                + (version == null ? "" : " \"version\": " + version + ",")
                + " \"assessment\": {\"mentorSkills\": [\"Negotiation\"]},"
                + " \"objectives\": [{\"statement\": \"Executives use AI\","
                + " \"focusSkills\": [\"AI assistants\", \"Prompt writing\"], " + measure + "}]}";
    }

    private void rate(String who, int n, String skill, String phase, int level) {
        jdbc.update(
                "insert into assessment_rating (program_id, phase, rater_id, subject_id, skill_id, level, answered_on,"
                        + " created_at, updated_at) select ?, ?, p.id, p.id, s.id, ?, date '2025-07-01', now(), now()"
                        + " from person p, skill s where p.email = ? and s.name = ?",
                programId,
                phase,
                level,
                email(who, n),
                skill);
    }

    private long wave(String name, String opens, String closes) {
        return jdbc.queryForObject(
                "insert into survey_wave (program_id, name, opens_on, closes_on, created_at, updated_at)"
                        + " values (?, ?, ?::date, ?::date, now(), now()) returning id",
                Long.class,
                programId,
                name,
                opens,
                closes);
    }

    private void answer(long wave, int collaboration) {
        jdbc.update(
                "insert into survey_response (respondent_key, wave_id, respondent_group, side, collaboration,"
                        + " satisfaction, intergenerational_communication, recommend)"
                        + " values (gen_random_uuid(), ?, 'PARTICIPANT', 'MENTEE', ?, 3, 3, 8)",
                wave,
                collaboration);
    }

    /** Replaces the program's objectives with one per measure, all on the same statement and focus skills. */
    private ResultActions measured(String... measures) throws Exception {
        long version = ((Number) JsonPath.read(
                        admin(get("/api/v1/programs/" + programId))
                                .andReturn()
                                .getResponse()
                                .getContentAsString(),
                        "$.version"))
                .longValue();
        StringBuilder objectives = new StringBuilder();
        for (String measure : measures) {
            objectives
                    .append(objectives.isEmpty() ? "" : ", ")
                    .append("{\"statement\": \"Objective\", \"focusSkills\": [\"AI assistants\", \"Prompt writing\"],"
                            + " \"outcomeMeasure\": \"as measured\", \"measure\": ")
                    .append(measure)
                    .append('}');
        }
        String body = program("\"outcomeMeasure\": \"x\"", version)
                .replaceFirst("\"objectives\": \\[.*]}$", "\"objectives\": [" + objectives + "]}");
        return admin(put("/api/v1/programs/" + programId)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private ResultActions results() throws Exception {
        return mvc.perform(get("/api/v1/programs/" + programId + "/results").with(httpBasic(EXECUTIVE, DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.programId").value(programId));
    }

    @Test
    void skillMeasuresAreMetUncertainOrNotMetByTheirInterval() throws Exception {
        measured(
                        skill("SKILL_POST_MEAN", "MENTEE", "AI assistants", "3.0"),
                        skill("SKILL_POST_MEAN", "MENTEE", "AI assistants", "4.5"),
                        skill("SKILL_POST_MEAN", "MENTEE", "AI assistants", "5.0"),
                        skill("SKILL_CHANGE", "MENTEE", "AI assistants", "1.0"),
                        skill("SKILL_CHANGE", "MENTEE", "AI assistants", "0.9"),
                        "{\"kind\": \"SHARE_REACHING_LEVEL\", \"side\": \"MENTEE\", \"skills\": [\"AI assistants\"],"
                                + " \"level\": 4, \"target\": 25}",
                        skill("SKILL_POST_MEAN", "MENTEE", "Prompt writing", "4"),
                        skill("SKILL_POST_MEAN", "MENTOR", "Negotiation", "3"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.objectives[0].measure.kind").value("SKILL_POST_MEAN"));
        results()
                .andExpect(jsonPath("$.objectives[0].verdict").value("MET"))
                .andExpect(jsonPath("$.objectives[0].value").value(4.0))
                .andExpect(jsonPath("$.objectives[0].low").value(3.06))
                .andExpect(jsonPath("$.objectives[0].high").value(4.94))
                .andExpect(jsonPath("$.objectives[0].n").value(6))
                .andExpect(jsonPath("$.objectives[0].target").value(3.0))
                .andExpect(jsonPath("$.objectives[1].verdict").value("UNCERTAIN"))
                .andExpect(jsonPath("$.objectives[2].verdict").value("NOT_MET"))
                // the sixth mentee has no PRE rating: five changes
                .andExpect(jsonPath("$.objectives[3].verdict").value("UNCERTAIN"))
                .andExpect(jsonPath("$.objectives[3].value").value(1.6))
                .andExpect(jsonPath("$.objectives[3].low").value(0.92))
                .andExpect(jsonPath("$.objectives[3].high").value(2.28))
                .andExpect(jsonPath("$.objectives[3].n").value(5))
                .andExpect(jsonPath("$.objectives[4].verdict").value("MET"))
                .andExpect(jsonPath("$.objectives[5].verdict").value("MET"))
                .andExpect(jsonPath("$.objectives[5].value").value(66.67))
                .andExpect(jsonPath("$.objectives[5].low").value(30.0))
                .andExpect(jsonPath("$.objectives[5].high").value(90.32))
                // everyone rated 4: the interval is 4 to 4, touching the target of 4, which counts as met
                .andExpect(jsonPath("$.objectives[6].verdict").value("MET"))
                .andExpect(jsonPath("$.objectives[6].low").value(4.0))
                .andExpect(jsonPath("$.objectives[6].high").value(4.0))
                // four mentors: not known, and nothing of theirs is shown
                .andExpect(jsonPath("$.objectives[7].verdict").value("NOT_YET_KNOWN"))
                .andExpect(jsonPath("$.objectives[7].value").doesNotExist())
                .andExpect(jsonPath("$.objectives[7].low").doesNotExist())
                .andExpect(jsonPath("$.objectives[7].n").value(4))
                .andExpect(jsonPath("$.objectives[7].reason").value(Matchers.containsString("Fewer than 5 people")))
                .andExpect(jsonPath("$.roi").doesNotExist());
    }

    @Test
    void anOpenWindowOrWaveLeavesTheVerdictUnknown() throws Exception {
        jdbc.update("update assessment_window set closes_on = current_date where program_id = ?", programId);
        measured(
                        skill("SKILL_POST_MEAN", "MENTEE", "AI assistants", "3.0"),
                        survey("COLLABORATION", "MONTH_6", "0.4"),
                        survey("COLLABORATION", "MONTH_12", "0.4"))
                .andExpect(status().isOk());
        results()
                .andExpect(jsonPath("$.objectives[0].verdict").value("NOT_YET_KNOWN"))
                .andExpect(jsonPath("$.objectives[0].value").doesNotExist())
                .andExpect(jsonPath("$.objectives[0].reason")
                        .value(Matchers.startsWith("The after-program assessment closes on")))
                // Welch's interval of 4, 4, 4, 5, 5 against 2, 3, 3, 3, 4
                .andExpect(jsonPath("$.objectives[1].verdict").value("MET"))
                .andExpect(jsonPath("$.objectives[1].value").value(1.4))
                .andExpect(jsonPath("$.objectives[1].low").value(0.47))
                .andExpect(jsonPath("$.objectives[1].high").value(2.33))
                .andExpect(jsonPath("$.objectives[1].n").value(5))
                .andExpect(jsonPath("$.objectives[2].verdict").value("NOT_YET_KNOWN"))
                .andExpect(jsonPath("$.objectives[2].reason")
                        .value(Matchers.startsWith("The 12 months survey wave closes on")));
    }

    @Test
    void moneyIsNotKnownUntilAnOutcomeIsRecordedAndThenTheReturnIsShown() throws Exception {
        measured("{\"kind\": \"OUTCOME_VALUE\", \"target\": 6000}").andExpect(status().isOk());
        results()
                .andExpect(jsonPath("$.objectives[0].verdict").value("NOT_YET_KNOWN"))
                .andExpect(jsonPath("$.objectives[0].reason").value("No business outcomes recorded yet."))
                .andExpect(jsonPath("$.roi").doesNotExist());
        mvc.perform(get("/api/v1/programs/" + programId + "/impact").with(httpBasic(EXECUTIVE, DEMO_PASSWORD)))
                .andExpect(jsonPath("$.outcomes.roiPercent").doesNotExist());
        admin(post("/api/v1/programs/" + programId + "/outcomes")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\": \"EFFICIENCY_GAIN\", \"description\": \"Faster reports\","
                                + " \"value\": 7500, \"date\": \"2025-06-01\"}"))
                .andExpect(status().isCreated());
        results()
                .andExpect(jsonPath("$.objectives[0].verdict").value("MET"))
                .andExpect(jsonPath("$.objectives[0].value").value(7500.0))
                .andExpect(jsonPath("$.objectives[0].n").value(1))
                .andExpect(jsonPath("$.roi").value(50.0));
    }

    @Test
    void aQualitativeObjectiveTakesTheAdminsVerdictWithEvidenceOnceTheProgramEnded() throws Exception {
        results()
                .andExpect(jsonPath("$.objectives[0].measure.kind").value("QUALITATIVE"))
                .andExpect(jsonPath("$.objectives[0].verdict").value("NOT_YET_KNOWN"))
                .andExpect(jsonPath("$.objectives[0].reason").value("Waiting for the admin’s verdict."));
        admin(put("/api/v1/programs/" + programId + "/objectives/0/verdict")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"verdict\": \"MET\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(Matchers.containsString("evidence")));
        admin(put("/api/v1/programs/" + programId + "/objectives/3/verdict")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"verdict\": \"MET\", \"evidence\": \"x\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/programs/" + programId + "/objectives/0/verdict")
                        .with(httpBasic(EXECUTIVE, DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"verdict\": \"MET\", \"evidence\": \"x\"}"))
                .andExpect(status().isForbidden());
        admin(put("/api/v1/programs/" + programId + "/objectives/0/verdict")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"verdict\": \"MET\", \"evidence\": \"Eight of ten executives use AI weekly.\"}"))
                .andExpect(status().isOk());
        results()
                .andExpect(jsonPath("$.objectives[0].verdict").value("MET"))
                .andExpect(jsonPath("$.objectives[0].reason").value("Eight of ten executives use AI weekly."));
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where program_id = ? and action = 'OBJECTIVE_JUDGED'",
                        Long.class,
                        programId))
                .isEqualTo(1L);

        measured(skill("SKILL_POST_MEAN", "MENTEE", "AI assistants", "3.0")).andExpect(status().isOk());
        admin(put("/api/v1/programs/" + programId + "/objectives/0/verdict")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"verdict\": \"MET\", \"evidence\": \"x\"}"))
                .andExpect(status().isConflict());
    }

    @Test
    void aMeasureOnASkillTheSideDoesNotRateOrAWaveNotScheduledIsRefusedWithTheReason() throws Exception {
        measured(
                        skill("SKILL_POST_MEAN", "MENTOR", "AI assistants", "3.0"),
                        survey("COLLABORATION", "MONTH_24", "0.4"),
                        skill("SKILL_POST_MEAN", "MENTEE", "AI assistants", "7"),
                        "{\"kind\": \"CADENCE_SHARE\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[?(@.field == 'objectives[0].measure.skills')].message")
                        .value(Matchers.hasItem(Matchers.containsString("not a skill Mentors rate"))))
                .andExpect(jsonPath("$.errors[?(@.field == 'objectives[1].measure.wave')].message")
                        .value(Matchers.hasItem(Matchers.containsString("No survey wave MONTH_24 is scheduled"))))
                .andExpect(jsonPath("$.errors[?(@.field == 'objectives[2].measure.target')].message")
                        .value(Matchers.hasItem(Matchers.containsString("from 1 to 5"))))
                .andExpect(jsonPath("$.errors[?(@.field == 'objectives[3].measure.target')].message")
                        .value(Matchers.hasItem(Matchers.containsString("Give the target"))));
        admin(get("/api/v1/programs/" + programId))
                .andExpect(jsonPath("$.objectives[0].measure.kind").value("QUALITATIVE"));
    }

    @Test
    void theResultsAreForAdminsAndExecutivesOnly() throws Exception {
        mvc.perform(get("/api/v1/programs/" + programId + "/results").with(httpBasic(MENTEE, DEMO_PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/programs/" + programId + "/results")).andExpect(status().isUnauthorized());
        admin(get("/api/v1/programs/" + programId + "/results")).andExpect(status().isOk());
    }

    @Test
    void theDashboardOpensWithTheVerdictsInPlainWords() throws Exception {
        measured(skill("SKILL_POST_MEAN", "MENTEE", "AI assistants", "4.5")).andExpect(status().isOk());
        mvc.perform(get("/impact/programs/" + programId).cookie(logIn(EXECUTIVE)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(Matchers.containsString("Mentees’ AI assistants average after the program:"
                                + " 4 (we can be 95% sure it lies between 3.1 and 4.9). Target 4.5: probably not met, but the"
                                + " evidence is not strong enough to be sure.")))
                .andExpect(content()
                        .string(Matchers.containsString(
                                "Mentees’ AI assistants average after the program" + " is at least 4.5.")))
                .andExpect(content().string(Matchers.containsString("No business outcomes recorded yet")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("return -100"))));
    }

    @Test
    void sharedLearningsAreQuotedWithoutNamesOnlyOnceFiveOfThatSideGaveFeedback() throws Exception {
        for (int n = 0; n < 5; n++) {
            long pair = jdbc.queryForObject(
                    "insert into mentoring_pair (program_id, mentor_id, mentee_id, score, breakdown, explanation, status,"
                            + " created_at, updated_at) select ?, r.id, e.id, 50, '{}', 'made by hand', 'ACTIVE', now(),"
                            + " now() from person r, person e where r.email = ? and e.email = ? returning id",
                    Long.class,
                    programId,
                    email("mentor", n % 4),
                    email("mentee", n));
            long session = jdbc.queryForObject(
                    "insert into mentoring_session (pair_id, held_on, duration_minutes, format, logged_by, created_at,"
                            + " updated_at) values (?, date '2025-03-03', 45, 'VIDEO', ?, now(), now()) returning id",
                    Long.class,
                    pair,
                    email("mentee", n));
            jdbc.update(
                    "insert into session_feedback (session_id, author_id, rating, learned, learned_shareable, created_at,"
                            + " updated_at) select ?, id, 4, ?, ?, now(), now() from person where email = ?",
                    session,
                    n == 1 ? "A private thought " + run : "Shared learning " + n + " " + run,
                    n != 1,
                    email("mentee", n));
            String page = mvc.perform(get("/impact/programs/" + programId).cookie(logIn(EXECUTIVE)))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(page).doesNotContain("A private thought").doesNotContain("Mentee " + n + " " + run);
            if (n < 4) {
                assertThat(page).as("%d mentees gave feedback", n + 1).doesNotContain("Shared learning");
            } else {
                assertThat(page)
                        .contains("Shared learning 4 " + run)
                        .contains("A mentee, who agreed to be quoted without their name");
            }
        }
    }

    private static String skill(String kind, String side, String skill, String target) {
        return "{\"kind\": \"" + kind + "\", \"side\": \"" + side + "\", \"skills\": [\"" + skill + "\"], \"target\": "
                + target + "}";
    }

    private static String survey(String item, String wave, String target) {
        return "{\"kind\": \"SURVEY_CHANGE\", \"item\": \"" + item + "\", \"wave\": \"" + wave + "\", \"target\": "
                + target + "}";
    }
}
