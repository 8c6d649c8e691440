package org.upward.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.upward.support.FlashMatchers.flashSuccess;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.upward.sessions.ActivePair;
import org.upward.support.IntegrationTest;

/**
 * "Start the next cohort": a copy of a program is a new DRAFT with its own name and dates and the original's
 * objectives and measures (no verdicts), settings, survey items and waves, agreement template and topics in use,
 * but no people; bad input is a field-named 422; only admins copy; the copy is audited; the page's form works.
 */
class ProgramCopyTest extends IntegrationTest {

    private ActivePair pair;
    private String copies;

    @BeforeEach
    void programWithEverything() throws Exception {
        pair = ActivePair.create(mvc, "2025-01-06", 2);
        long id = pair.programId;
        copies = "/api/v1/programs/" + id + "/copies";
        wave("BASELINE", "2024-12-23", "2025-01-19");
        wave("MONTH_6", "2025-07-06", "2025-08-02");
        pair.admin(post("/api/v1/programs/" + id + "/survey-items")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"question\": \"Own question " + pair.run + "\", \"kind\": \"SCALE\"}"))
                .andExpect(status().isCreated());
        long version =
                ((Number) JsonPath.read(body(pair.admin(get("/api/v1/programs/" + id))), "$.version")).longValue();
        pair.admin(put("/api/v1/programs/" + id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(program("Sessions " + pair.run, version)))
                .andExpect(status().isOk());
        jdbc.update(
                "update program_objective set verdict = 'MET', verdict_evidence = 'Stories told'"
                        + " where program_id = ? and position = 2",
                id);
        mvc.perform(post("/admin/programs/" + id + "/agreement-template")
                        .cookie(logIn(ADMIN))
                        .with(csrf())
                        .param("text", "Our own agreement " + pair.run))
                .andExpect(status().is3xxRedirection());
        addTopic("Kept " + pair.run, false);
        addTopic("Retired " + pair.run, true);
        jdbc.update(
                "update conversation_topic set retired = true where program_id = ? and title = 'Reading a P&L'", id);
    }

    private void wave(String name, String opensOn, String closesOn) throws Exception {
        pair.admin(post("/api/v1/programs/" + pair.programId + "/survey-waves")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"wave\": \"" + name + "\", \"opensOn\": \"" + opensOn + "\", \"closesOn\": \""
                                + closesOn + "\"}"))
                .andExpect(status().isCreated());
    }

    private void addTopic(String title, boolean retire) throws Exception {
        long topic = ActivePair.id(pair.admin(post("/api/v1/programs/" + pair.programId + "/topics")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\": \"" + title + "\", \"direction\": \"MENTOR_TEACHES\", \"agenda\":"
                                + " \"Agenda\", \"questions\": [\"What first?\"], \"skillIds\": []}"))
                .andExpect(status().isCreated()));
        if (retire) {
            pair.admin(post("/api/v1/topics/" + topic + "/retire")).andExpect(status().isOk());
        }
    }

    private static String program(String name, long version) {
        return "{\"name\": \"" + name + "\", \"description\": \"Second year\", \"startDate\": \"2025-01-06\","
                + " \"endDate\": \"2099-12-17\", \"successCriteria\": \"Leaders use AI\", \"checkInCadenceWeeks\": 2,"
                + " \"cost\": 12000.50, \"quietPeriodsBeforeClose\": 5, \"sponsorEmail\": \"" + EXECUTIVE + "\","
                + " \"objectives\": ["
                + "{\"statement\": \"Use AI\", \"focusSkills\": [\"AI assistants\", \"TikTok\"], \"measure\":"
                + " {\"kind\": \"SKILL_POST_MEAN\", \"side\": \"MENTEE\", \"skills\": [\"AI assistants\"],"
                + " \"target\": 3.5}},"
                + "{\"statement\": \"Work together\", \"focusSkills\": [], \"measure\": {\"kind\": \"SURVEY_CHANGE\","
                + " \"item\": \"COLLABORATION\", \"wave\": \"MONTH_6\", \"target\": 0.5}},"
                + "{\"statement\": \"Stories\", \"focusSkills\": [], \"outcomeMeasure\": \"Stories told\"}],"
                + " \"matching\": {\"skillGapWeight\": 0.5, \"sharedInterestWeight\": 0.3, \"workStyleWeight\": 0.2,"
                + " \"minScore\": 10, \"excludeSameDepartment\": true, \"objective\": \"TOTAL_SCORE\","
                + " \"mode\": \"ADMIN_LED\"},"
                + " \"assessment\": {\"menteeSkills\": [\"AI assistants\"], \"mentorSkills\": [\"TikTok\"],"
                + " \"partnerRating\": true}, \"version\": " + version + "}";
    }

    private static String copy(String name, String start, String end) {
        return "{\"name\": " + (name == null ? "null" : "\"" + name + "\"") + ", \"startDate\": "
                + (start == null ? "null" : "\"" + start + "\"") + ", \"endDate\": "
                + (end == null ? "null" : "\"" + end + "\"") + "}";
    }

    private static String body(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private List<String> topics(long programId) {
        return jdbc.queryForList(
                "select title from conversation_topic where program_id = ? and not retired order by title, id",
                String.class,
                programId);
    }

    private List<String> verdicts(long programId) {
        return jdbc.queryForList(
                "select verdict from program_objective where program_id = ? and verdict is not null",
                String.class,
                programId);
    }

    private int count(String table, long programId) {
        return jdbc.queryForObject("select count(*) from " + table + " where program_id = ?", Integer.class, programId);
    }

    @Test
    void theCopyIsADraftWithTheNewDatesTheGoalsAndSettingsAndNoPeople() throws Exception {
        String original = body(pair.admin(get("/api/v1/programs/" + pair.programId)));
        ResultActions created = pair.admin(post(copies)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(copy("  Next cohort " + pair.run + " ", "2026-01-05", "2026-12-18")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.name").value("Next cohort " + pair.run))
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.startDate").value("2026-01-05"))
                .andExpect(jsonPath("$.endDate").value("2026-12-18"))
                .andExpect(jsonPath("$.description").value("Second year"))
                .andExpect(jsonPath("$.successCriteria").value("Leaders use AI"))
                .andExpect(jsonPath("$.sponsorEmail").value(EXECUTIVE))
                .andExpect(jsonPath("$.checkInCadenceWeeks").value(2))
                .andExpect(jsonPath("$.cost").value(12000.5))
                .andExpect(jsonPath("$.quietPeriodsBeforeClose").value(5));
        long copyId = ActivePair.id(created);
        created.andExpect(header().string("Location", Matchers.endsWith("/api/v1/programs/" + copyId)));
        String copied = body(pair.admin(get("/api/v1/programs/" + copyId)).andExpect(status().isOk()));
        // its sponsor is told of the new cohort, as of any program naming them
        assertThat(jdbc.queryForObject(
                        "select count(*) from notification n join person p on p.id = n.person_id"
                                + " where p.email = ? and n.kind = 'SPONSOR_NAMED' and n.link like ?",
                        Integer.class,
                        EXECUTIVE,
                        "%/programs/" + copyId + "%"))
                .isEqualTo(1);
        // a verdict is about the original's people: the copy's objective is not judged yet
        assertThat(verdicts(pair.programId)).containsExactly("MET");
        assertThat(verdicts(copyId)).isEmpty();
        for (String part : new String[] {"$.matching", "$.assessment", "$.objectives[0]", "$.objectives[1]"}) {
            assertThat((Object) JsonPath.read(copied, part)).isEqualTo(JsonPath.read(original, part));
        }
        Map<String, Object> stories = JsonPath.read(copied, "$.objectives[2]");
        assertThat(stories).containsEntry("statement", "Stories").containsEntry("outcomeMeasure", "Stories told");
        assertThat((Object) JsonPath.read(copied, "$.objectives[2].measure.kind"))
                .isEqualTo("QUALITATIVE");
        assertThat((Object) JsonPath.read(copied, "$.objectives[0].measure.skills"))
                .isEqualTo(List.of("AI assistants"));

        // no people: the original has its enrollments and pair, the copy none
        assertThat(count("enrollment", pair.programId)).isPositive();
        assertThat(count("mentoring_pair", pair.programId)).isPositive();
        assertThat(count("enrollment", copyId)).isZero();
        assertThat(count("mentoring_pair", copyId)).isZero();
        // the agreement template, the topics in use (not the starter set again), survey items and moved waves
        assertThat(jdbc.queryForObject(
                        "select text from agreement_template where program_id = ?", String.class, copyId))
                .isEqualTo("Our own agreement " + pair.run);
        assertThat(topics(copyId))
                .isEqualTo(topics(pair.programId))
                .contains("Kept " + pair.run)
                .doesNotContain("Retired " + pair.run, "Reading a P&L")
                .doesNotHaveDuplicates();
        assertThat(count("conversation_topic", copyId))
                .isEqualTo(topics(pair.programId).size());
        assertThat(jdbc.queryForList("select question from survey_item where program_id = ?", String.class, copyId))
                .containsExactly("Own question " + pair.run);
        assertThat(jdbc.queryForList(
                        "select name || ' ' || opens_on || ' ' || closes_on from survey_wave where program_id = ?"
                                + " order by opens_on",
                        String.class,
                        copyId))
                .containsExactly("BASELINE 2025-12-22 2026-01-18", "MONTH_6 2026-07-05 2026-08-01");
        // audited in words, as a copy (not as a program created from nothing)
        assertThat(jdbc.queryForList(
                        "select summary from audit_entry where action = 'PROGRAM_COPIED' and program_id = ?",
                        String.class,
                        copyId))
                .containsExactly("Copied program 'Sessions " + pair.run + "' as 'Next cohort " + pair.run + "'");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where action = 'PROGRAM_CREATED' and program_id = ?",
                        Integer.class,
                        copyId))
                .isZero();
    }

    @Test
    void badInputIsAFieldNamed422AndNothingIsCopied() throws Exception {
        int before = jdbc.queryForObject("select count(*) from program", Integer.class);
        pair.admin(post(copies).contentType(MediaType.APPLICATION_JSON).content(copy(" ", "2026-01-05", "2026-12-18")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("name"))
                .andExpect(jsonPath("$.errors[0].message").value("Give the program a name."));
        pair.admin(post(copies)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(copy("x".repeat(201), "2026-01-05", "2026-12-18")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("name"));
        pair.admin(post(copies)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(copy("Next", "2026-12-18", "2026-01-05")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("endDate"))
                .andExpect(jsonPath("$.errors[0].message").value("The end date must be after the start date."));
        pair.admin(post(copies).contentType(MediaType.APPLICATION_JSON).content(copy("Next", null, null)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[*].field", Matchers.containsInAnyOrder("startDate", "endDate")));
        assertThat(jdbc.queryForObject("select count(*) from program", Integer.class))
                .isEqualTo(before);
    }

    @Test
    void onlyAdminsCopyAndAnUnknownProgramIs404() throws Exception {
        String valid = copy("Next " + pair.run, "2026-01-05", "2026-12-18");
        pair.as(
                        pair.mentor,
                        post(copies).contentType(MediaType.APPLICATION_JSON).content(valid))
                .andExpect(status().isForbidden());
        mvc.perform(post(copies)
                        .with(httpBasic(EXECUTIVE, DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(valid))
                .andExpect(status().isForbidden());
        pair.admin(post("/api/v1/programs/987654321/copies")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(valid))
                .andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject(
                        "select count(*) from program where name = ?", Integer.class, "Next " + pair.run))
                .isZero();
    }

    @Test
    void theProgramPageOffersTheNextCohortAndItsFormCopies() throws Exception {
        Cookie admin = logIn(ADMIN);
        String page = "/admin/programs/" + pair.programId;
        mvc.perform(get(page).cookie(admin))
                .andExpect(content().string(Matchers.containsString(page + "/copy")))
                .andExpect(content().string(Matchers.containsString("Start the next cohort")));
        mvc.perform(get(page + "/copy").cookie(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Sessions " + pair.run + " (next cohort)")))
                .andExpect(content().string(Matchers.containsString("No people come along")));
        mvc.perform(post(page + "/copies")
                        .cookie(admin)
                        .with(csrf())
                        .param("name", "Page copy " + pair.run)
                        .param("startDate", "2026-02-02")
                        .param("endDate", "2026-01-05"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("The end date must be after the start date.")));
        mvc.perform(post(page + "/copies")
                        .cookie(admin)
                        .param("name", "Page copy " + pair.run)
                        .param("startDate", "2026-01-05")
                        .param("endDate", "2026-12-18"))
                .andExpect(status().isForbidden());
        mvc.perform(post(page + "/copies")
                        .cookie(admin)
                        .with(csrf())
                        .param("name", "Page copy " + pair.run)
                        .param("startDate", "2026-01-05")
                        .param("endDate", "2026-12-18"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrlPattern("/admin/programs/*"))
                .andExpect(flashSuccess("program.copy.done", "Sessions " + pair.run));
        Long copyId = jdbc.queryForObject(
                "select id from program where name = ? and status = 'DRAFT'", Long.class, "Page copy " + pair.run);
        assertThat(topics(copyId)).isEqualTo(topics(pair.programId));
    }
}
