package org.upward.program.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.upward.support.IntegrationTest;

/**
 * "Reverse mentoring — standard" ships once in every installation, first among the templates, with measurable
 * objectives, the BASELINE / MONTH_6 / MONTH_12 survey plan and an intake form; a program made from it can leave
 * DRAFT once it has a sponsor.
 */
class StandardTemplateTest extends IntegrationTest {

    @Autowired
    private StandardTemplateSetup setup;

    private long standard() {
        return jdbc.queryForObject(
                "select id from program where template and template_key = 'reverse-mentoring-standard'", Long.class);
    }

    private ResultActions admin(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
            throws Exception {
        return mvc.perform(request.with(httpBasic(ADMIN, DEMO_PASSWORD)).contentType(MediaType.APPLICATION_JSON));
    }

    @Test
    void itShipsExactlyOnceWithItsSurveyPlanAndIntake() throws Exception {
        long id = standard();
        assertThat(setup.shipIfNeverShipped()).isFalse();
        assertThat(jdbc.queryForObject(
                        "select count(*) from program where template_key = 'reverse-mentoring-standard'",
                        Integer.class))
                .isOne();
        assertThat(jdbc.queryForList(
                        "select name from survey_wave where program_id = ? order by opens_on", String.class, id))
                .containsExactly("BASELINE", "MONTH_6", "MONTH_12");
        assertThat(jdbc.queryForList(
                        "select measure_kind from program_objective where program_id = ? order by position",
                        String.class,
                        id))
                .containsExactly("SKILL_CHANGE", "SKILL_CHANGE", "SURVEY_CHANGE", "RETENTION_DIFFERENCE");
        assertThat(jdbc.queryForObject(
                        "select measure_item || ' ' || measure_wave from program_objective"
                                + " where program_id = ? and measure_kind = 'SURVEY_CHANGE'",
                        String.class,
                        id))
                .isEqualTo("INTERGENERATIONAL_COMMUNICATION MONTH_6");
        assertThat(jdbc.queryForObject("select settings from program_intake where program_id = ?", String.class, id))
                .contains("MENTOR", "MENTEE", "maxJobLevel");
        admin(get("/api/v1/program-templates"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].name").value("Reverse mentoring — standard"))
                .andExpect(jsonPath("$.items[0].shipped").value(true))
                .andExpect(jsonPath("$.items[0].measurable").value(true));
    }

    @Test
    void aProgramMadeFromItCarriesItAllAndCanLeaveDraft() throws Exception {
        String name = "Standard " + UUID.randomUUID();
        ResultActions made = admin(post("/api/v1/program-templates/" + standard() + "/programs")
                        .content("{\"name\": \"" + name + "\", \"startDate\": \"2027-01-04\","
                                + " \"endDate\": \"2028-02-04\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.objectives.length()").value(4))
                .andExpect(jsonPath("$.matching.excludeSameDepartment").value(true))
                .andExpect(jsonPath("$.assessment.partnerRating").value(true));
        String body = made.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();
        assertThat(jdbc.queryForList(
                        "select name || ' ' || opens_on from survey_wave where program_id = ? order by opens_on",
                        String.class,
                        id))
                .containsExactly("BASELINE 2026-12-21", "MONTH_6 2027-07-04", "MONTH_12 2028-01-04");
        assertThat(jdbc.queryForObject(
                        "select opens_on || ' ' || closes_on from program_intake where program_id = ?",
                        String.class,
                        id))
                .isEqualTo("2026-11-23 2026-12-28");
        // the starter conversation topics and the agreement template that ships (no text of its own)
        assertThat(jdbc.queryForObject(
                        "select count(*) from conversation_topic where program_id = ?", Integer.class, id))
                .isPositive();
        assertThat(jdbc.queryForObject(
                        "select count(*) from agreement_template where program_id = ?", Integer.class, id))
                .isZero();
        admin(post("/api/v1/programs/" + id + "/transitions").content("{\"to\": \"ENROLLING\"}"))
                .andExpect(status().isConflict());
        jdbc.update(
                "update program set sponsor_id = (select id from person where email = ?) where id = ?", EXECUTIVE, id);
        admin(post("/api/v1/programs/" + id + "/transitions").content("{\"to\": \"ENROLLING\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ENROLLING"));
    }
}
