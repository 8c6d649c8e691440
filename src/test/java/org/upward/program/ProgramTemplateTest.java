package org.upward.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.upward.support.FlashMatchers.flashSuccess;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.upward.sessions.ActivePair;
import org.upward.support.IntegrationTest;

/**
 * Program templates: a program saved as a template keeps its goals and settings and every module's parts, never its
 * people; a program made from it carries them all, dated from its own start; templates stay out of every list of
 * programs; renaming and deleting are audited; only admins keep templates.
 */
class ProgramTemplateTest extends IntegrationTest {

    private static final LocalDate SOURCE_START = LocalDate.parse("2025-01-06");
    private static final LocalDate NEW_START = LocalDate.parse("2027-03-01");

    private ActivePair pair;

    @BeforeEach
    void programWithEverything() throws Exception {
        pair = ActivePair.create(mvc, SOURCE_START.toString(), 2);
        long id = pair.programId;
        wave("BASELINE", "2024-12-23", "2025-01-19");
        wave("MONTH_6", "2025-07-06", "2025-08-02");
        pair.admin(post("/api/v1/programs/" + id + "/survey-items")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"question\": \"Own question " + pair.run + "\", \"kind\": \"SCALE\"}"))
                .andExpect(status().isCreated());
        long version =
                ((Number) JsonPath.read(json(pair.admin(get("/api/v1/programs/" + id))), "$.version")).longValue();
        pair.admin(put("/api/v1/programs/" + id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(program("Source " + pair.run, version)))
                .andExpect(status().isOk());
        mvc.perform(post("/admin/programs/" + id + "/agreement-template")
                        .cookie(logIn(ADMIN))
                        .with(csrf())
                        .param("text", "Our own agreement " + pair.run))
                .andExpect(status().is3xxRedirection());
        jdbc.update(
                "insert into program_intake (program_id, opens_on, closes_on, settings) values (?, ?, ?, ?)",
                id,
                LocalDate.parse("2024-12-01"),
                LocalDate.parse("2024-12-20"),
                "{\"opensOn\": \"2024-12-01\", \"closesOn\": \"2024-12-20\", \"sides\": [\"MENTOR\", \"MENTEE\"],"
                        + " \"questions\": [{\"text\": \"Why " + pair.run + "?\", \"kind\": \"SHORT_TEXT\","
                        + " \"options\": [], \"required\": true}], \"eligibility\": {}, \"places\": {},"
                        + " \"managerApproval\": false}");
        jdbc.update(
                "insert into program_application (program_id, person_id, side, status, answers, profile)"
                        + " select ?, id, 'MENTOR', 'PENDING', '{}', '{}' from person where email = ?",
                id,
                pair.outsider);
    }

    private void wave(String name, String opensOn, String closesOn) throws Exception {
        pair.admin(post("/api/v1/programs/" + pair.programId + "/survey-waves")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"wave\": \"" + name + "\", \"opensOn\": \"" + opensOn + "\", \"closesOn\": \""
                                + closesOn + "\"}"))
                .andExpect(status().isCreated());
    }

    private static String program(String name, long version) {
        return "{\"name\": \"" + name + "\", \"description\": \"Second year\", \"startDate\": \"2025-01-06\","
                + " \"endDate\": \"2099-12-17\", \"successCriteria\": \"Leaders use AI\", \"checkInCadenceWeeks\": 2,"
                + " \"sponsorEmail\": \"" + EXECUTIVE + "\", \"objectives\": ["
                + "{\"statement\": \"Use AI\", \"focusSkills\": [\"AI assistants\"], \"measure\":"
                + " {\"kind\": \"SKILL_POST_MEAN\", \"side\": \"MENTEE\", \"skills\": [\"AI assistants\"],"
                + " \"target\": 3.5}},"
                + "{\"statement\": \"Work together\", \"focusSkills\": [], \"measure\": {\"kind\": \"SURVEY_CHANGE\","
                + " \"item\": \"COLLABORATION\", \"wave\": \"MONTH_6\", \"target\": 0.5}}],"
                + " \"matching\": {\"skillGapWeight\": 0.5, \"sharedInterestWeight\": 0.3, \"workStyleWeight\": 0.2,"
                + " \"minScore\": 10, \"excludeSameDepartment\": true, \"objective\": \"FAIREST\","
                + " \"mode\": \"ADMIN_LED\"},"
                + " \"assessment\": {\"menteeSkills\": [\"AI assistants\"], \"mentorSkills\": [\"TikTok\"],"
                + " \"partnerRating\": true}, \"version\": " + version + "}";
    }

    private static String json(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private ResultActions admin(MockHttpServletRequestBuilder request) throws Exception {
        return pair.admin(request.contentType(MediaType.APPLICATION_JSON));
    }

    private long saveAsTemplate(String name) throws Exception {
        return ActivePair.id(
                admin(post("/api/v1/programs/" + pair.programId + "/templates").content("{\"name\": \"" + name + "\"}"))
                        .andExpect(status().isCreated()));
    }

    private int count(String table, long programId) {
        return jdbc.queryForObject("select count(*) from " + table + " where program_id = ?", Integer.class, programId);
    }

    private List<String> parts(long programId) {
        return List.of(
                String.join(
                        ",",
                        jdbc.queryForList(
                                "select text from agreement_template where program_id = ?", String.class, programId)),
                String.join(
                        ",",
                        jdbc.queryForList(
                                "select title from conversation_topic where program_id = ? and not retired order by title",
                                String.class,
                                programId)),
                String.join(
                        ",",
                        jdbc.queryForList(
                                "select question || kind from survey_item where program_id = ? order by id",
                                String.class,
                                programId)),
                String.join(
                        ",",
                        jdbc.queryForList(
                                "select statement || coalesce(measure_kind, '') || coalesce(measure_wave, '')"
                                        + " from program_objective where program_id = ? order by position",
                                String.class,
                                programId)),
                jdbc.queryForObject(
                        "select skill_gap_weight || ' ' || min_score || ' ' || matching_objective || ' '"
                                + " || partner_rating from program where id = ?",
                        String.class,
                        programId));
    }

    private List<String> waves(long programId, long days) {
        return jdbc.queryForList(
                "select name || ' ' || (opens_on - ?::int) || ' ' || (closes_on - ?::int) from survey_wave"
                        + " where program_id = ? order by opens_on",
                String.class,
                days,
                days,
                programId);
    }

    @Test
    void aTemplateKeepsEverythingButPeopleAndAProgramFromItCarriesItDatedFromItsStart() throws Exception {
        String name = "Template " + pair.run;
        ResultActions saved = admin(post("/api/v1/programs/" + pair.programId + "/templates")
                        .content("{\"name\": \"  " + name + " \"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.name").value(name))
                .andExpect(jsonPath("$.shipped").value(false))
                .andExpect(jsonPath("$.measurable").value(true))
                .andExpect(jsonPath("$.objectives[0]").value("Use AI"));
        long template = ActivePair.id(saved);
        saved.andExpect(header().string("Location", Matchers.endsWith("/api/v1/program-templates/" + template)));

        // everything but people: no sponsor, enrollments, pairs, applications
        assertThat(parts(template)).isEqualTo(parts(pair.programId));
        assertThat(waves(template, 0)).isEqualTo(waves(pair.programId, 0)).hasSize(2);
        assertThat(jdbc.queryForObject("select sponsor_id from program where id = ?", Long.class, template))
                .isNull();
        assertThat(count("program_intake", template)).isOne();
        for (String table : new String[] {"enrollment", "mentoring_pair", "program_application"}) {
            assertThat(count(table, pair.programId)).as(table).isPositive();
            assertThat(count(table, template)).as(table).isZero();
        }

        ResultActions made = admin(post("/api/v1/program-templates/" + template + "/programs")
                        .content("{\"name\": \"From " + pair.run + "\", \"startDate\": \"" + NEW_START
                                + "\", \"endDate\": \"2028-03-31\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.startDate").value(NEW_START.toString()))
                .andExpect(jsonPath("$.sponsorEmail").doesNotExist())
                .andExpect(jsonPath("$.description").value("Second year"));
        long made_ = ActivePair.id(made);
        made.andExpect(header().string("Location", Matchers.endsWith("/api/v1/programs/" + made_)));
        long days = ChronoUnit.DAYS.between(SOURCE_START, NEW_START);
        assertThat(parts(made_)).isEqualTo(parts(pair.programId));
        assertThat(waves(made_, days)).isEqualTo(waves(pair.programId, 0));
        assertThat(jdbc.queryForObject(
                        "select opens_on - ?::int from program_intake where program_id = ?",
                        LocalDate.class,
                        days,
                        made_))
                .isEqualTo(LocalDate.parse("2024-12-01"));
        for (String table : new String[] {"enrollment", "mentoring_pair", "program_application"}) {
            assertThat(count(table, made_)).as(table).isZero();
        }
        assertThat(jdbc.queryForList(
                        "select action || ': ' || summary from audit_entry where program_id in (?, ?) order by id",
                        String.class,
                        template,
                        made_))
                .containsExactly(
                        "PROGRAM_TEMPLATE_SAVED: Saved program 'Source " + pair.run + "' as template '" + name + "'",
                        "PROGRAM_FROM_TEMPLATE: Created program 'From " + pair.run + "' from template '" + name + "'");
        // the template itself is untouched by the program made from it
        assertThat(waves(template, 0)).isEqualTo(waves(pair.programId, 0));
    }

    @Test
    void templatesStayOutOfProgramListsDashboardsAndOpenPrograms() throws Exception {
        long template = saveAsTemplate("Hidden " + pair.run);
        // its intake's dates are today's: only a program that is enrolling is open
        jdbc.update(
                "update program_intake set opens_on = current_date - 400, closes_on = current_date + 400"
                        + " where program_id = ?",
                template);
        admin(get("/api/v1/programs").param("size", "500"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id", Matchers.not(Matchers.hasItem((int) template))));
        admin(get("/api/v1/programs/" + template)).andExpect(status().isNotFound());
        admin(get("/api/v1/programs/" + template + "/impact")).andExpect(status().isNotFound());
        admin(post("/api/v1/programs/" + template + "/transitions").content("{\"to\": \"ENROLLING\"}"))
                .andExpect(status().isNotFound());
        admin(post("/api/v1/programs/" + template + "/copies")
                        .content("{\"name\": \"x\", \"startDate\": \"2027-01-04\", \"endDate\": \"2027-12-17\"}"))
                .andExpect(status().isNotFound());
        pair.as(pair.outsider, get("/api/v1/programs/open"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("Hidden " + pair.run))));
        Cookie admin = logIn(ADMIN);
        mvc.perform(get("/admin/programs").cookie(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("Hidden " + pair.run))));
        mvc.perform(get("/admin").cookie(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("Hidden " + pair.run))));
        mvc.perform(get("/impact/programs/" + template).cookie(admin)).andExpect(status().isNotFound());
        mvc.perform(get("/executive").cookie(logIn(EXECUTIVE)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("Hidden " + pair.run))));
        // ... and in the list of templates
        admin(get("/api/v1/program-templates").param("size", "500"))
                .andExpect(jsonPath("$.items[*].name", Matchers.hasItem("Hidden " + pair.run)));
    }

    @Test
    void namesAreCheckedRenamingAndDeletingAreAuditedAndUnknownTemplatesAre404() throws Exception {
        long template = saveAsTemplate("Kept " + pair.run);
        admin(post("/api/v1/programs/" + pair.programId + "/templates").content("{\"name\": \" \"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("name"));
        admin(post("/api/v1/programs/" + pair.programId + "/templates")
                        .content("{\"name\": \"KEPT " + pair.run + "\"}"))
                .andExpect(status().isConflict());
        admin(post("/api/v1/program-templates/" + template + "/programs")
                        .content("{\"name\": \"x\", \"startDate\": \"2027-12-17\", \"endDate\": \"2027-01-04\"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("endDate"));
        admin(put("/api/v1/program-templates/" + template).content("{\"name\": \"Renamed " + pair.run + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Renamed " + pair.run));
        admin(delete("/api/v1/program-templates/" + template)).andExpect(status().isNoContent());
        admin(get("/api/v1/program-templates/" + template)).andExpect(status().isNotFound());
        admin(delete("/api/v1/program-templates/" + template)).andExpect(status().isNotFound());
        admin(get("/api/v1/program-templates/" + pair.programId)).andExpect(status().isNotFound());
        admin(post("/api/v1/programs/987654321/templates").content("{\"name\": \"x\"}"))
                .andExpect(status().isNotFound());
        assertThat(count("survey_wave", template)).isZero();
        assertThat(jdbc.queryForList(
                        "select action from audit_entry where program_id = ? order by id", String.class, template))
                .containsExactly("PROGRAM_TEMPLATE_SAVED", "PROGRAM_TEMPLATE_RENAMED", "PROGRAM_TEMPLATE_DELETED");
    }

    @Test
    void onlyAdminsKeepTemplates() throws Exception {
        long template = saveAsTemplate("Admins' " + pair.run);
        for (MockHttpServletRequestBuilder request : List.of(
                get("/api/v1/program-templates"),
                get("/api/v1/program-templates/" + template),
                post("/api/v1/programs/" + pair.programId + "/templates").content("{\"name\": \"x\"}"),
                put("/api/v1/program-templates/" + template).content("{\"name\": \"x\"}"),
                delete("/api/v1/program-templates/" + template))) {
            request.contentType(MediaType.APPLICATION_JSON);
            mvc.perform(request.with(httpBasic(EXECUTIVE, DEMO_PASSWORD))).andExpect(status().isForbidden());
            mvc.perform(request.with(httpBasic(MENTOR, DEMO_PASSWORD))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/admin/program-templates").cookie(logIn(EXECUTIVE))).andExpect(status().isForbidden());
        admin(get("/api/v1/program-templates/" + template)).andExpect(status().isOk());
    }

    @Test
    void thePagesSaveListRenameUseAndDeleteTemplates() throws Exception {
        Cookie admin = logIn(ADMIN);
        String page = "/admin/programs/" + pair.programId;
        mvc.perform(get(page).cookie(admin)).andExpect(content().string(Matchers.containsString(page + "/template")));
        mvc.perform(get(page + "/template").cookie(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Source " + pair.run + " (template)")))
                .andExpect(content().string(Matchers.containsString("No people are kept")));
        mvc.perform(post(page + "/templates").cookie(admin).with(csrf()).param("name", "Page " + pair.run))
                .andExpect(redirectedUrl("/admin/program-templates"))
                .andExpect(flashSuccess("program.template.saved", "Page " + pair.run));
        mvc.perform(post(page + "/templates").cookie(admin).with(csrf()).param("name", "Page " + pair.run))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("already exists")));
        long template = jdbc.queryForObject(
                "select id from program where template and name = ?", Long.class, "Page " + pair.run);
        mvc.perform(get("/admin/program-templates").cookie(admin).param("page", "99"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Reverse mentoring — standard")));
        mvc.perform(get("/admin/programs/new").cookie(admin))
                .andExpect(content().string(Matchers.containsString("Start from a template")))
                .andExpect(content().string(Matchers.containsString("Reverse mentoring — standard")));
        mvc.perform(post("/admin/program-templates/" + template)
                        .cookie(admin)
                        .with(csrf())
                        .param("name", "Paged " + pair.run))
                .andExpect(flashSuccess("program.template.renamed", "Paged " + pair.run));
        mvc.perform(get("/admin/program-templates/" + template + "/program").cookie(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Paged " + pair.run)));
        mvc.perform(post("/admin/program-templates/" + template + "/programs")
                        .cookie(admin)
                        .with(csrf())
                        .param("name", "Made " + pair.run)
                        .param("startDate", "2027-01-04")
                        .param("endDate", "2027-12-17"))
                .andExpect(redirectedUrlPattern("/admin/programs/*"))
                .andExpect(flashSuccess("program.template.programCreated", "Paged " + pair.run));
        mvc.perform(get("/admin/program-templates/" + template + "/delete").cookie(admin))
                .andExpect(content().string(Matchers.containsString("Delete the template Paged " + pair.run + "?")));
        mvc.perform(post("/admin/program-templates/" + template + "/delete")
                        .cookie(admin)
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/program-templates"))
                .andExpect(flashSuccess("program.template.deleted", "Paged " + pair.run));
        assertThat(jdbc.queryForObject(
                        "select count(*) from program where name = ? and not template and status = 'DRAFT'",
                        Integer.class,
                        "Made " + pair.run))
                .isOne();
    }
}
