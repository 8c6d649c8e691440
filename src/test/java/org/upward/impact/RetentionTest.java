package org.upward.impact;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.upward.support.IntegrationTest;

/** Retention: participants against everyone else employed when the program started, by leave dates. */
class RetentionTest extends IntegrationTest {

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    private ResultActions admin(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(httpBasic(ADMIN, DEMO_PASSWORD)));
    }

    private String email(int n) {
        return "stay" + n + "-" + run + "@example.com";
    }

    @Test
    void participantsWhoLeaveAfterTheProgramCountOnlyInTheYearAfter() throws Exception {
        StringBuilder people = new StringBuilder("email,name,department,job_level,hire_date,leave_date\n");
        for (int n = 0; n < 6; n++) {
            people.append(email(n))
                    .append(",Stay ")
                    .append(n)
                    .append(' ')
                    .append(run)
                    .append(",IT,")
                    .append(n < 3 ? 2 : 8)
                    .append(",2020-01-01,")
                    .append(n == 5 ? "2025-09-01" : "")
                    .append('\n');
        }
        // hired after the program started: not part of either group
        people.append(email(9)).append(",Late ").append(run).append(",IT,2,2025-03-01,\n");
        admin(post("/api/v1/people/import").contentType("text/csv").content(people.toString()))
                .andExpect(status().isOk());
        long programId = ((Number) JsonPath.read(
                        admin(post("/api/v1/programs")
                                        .contentType(MediaType.APPLICATION_JSON)
                                        .content("{\"name\": \"Retention " + run + "\", \"startDate\": \"2025-01-06\","
                                                + " \"endDate\": \"2025-06-30\", \"sponsorEmail\": \"exec@demo.upward.app\","
                                                + " \"objectives\": [{\"statement\": \"Use AI\", \"focusSkills\": [\"AI assistants\"],"
                                                + " \"outcomeMeasure\": \"POST >= 3.5\"}]}"))
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
            enrollments
                    .append(email(n))
                    .append(n < 3 ? ",MENTOR,AI assistants:5,," : ",MENTEE,,AI assistants:1:HIGH,")
                    .append("AMBIVERT\n");
        }
        enrollments.append(email(9)).append(",MENTOR,AI assistants:4,,AMBIVERT\n");
        admin(post("/api/v1/programs/" + programId + "/enrollments/import")
                        .contentType("text/csv")
                        .content(enrollments.toString()))
                .andExpect(status().isOk());

        long others = jdbc.queryForObject(
                "select count(*) from person where (hire_date is null or hire_date <= date '2025-01-06')"
                        + " and (leave_date is null or leave_date >= date '2025-01-06') and email not like ?",
                Long.class,
                "stay%-" + run + "@example.com");
        mvc.perform(get("/api/v1/programs/" + programId + "/impact").with(httpBasic(EXECUTIVE, DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.retention.periods[0].until").value("2025-06-30"))
                .andExpect(jsonPath("$.retention.periods[0].complete").value(true))
                .andExpect(
                        jsonPath("$.retention.periods[0].participants.people").value(6))
                .andExpect(jsonPath("$.retention.periods[0].participants.retainedPercent.value")
                        .value(100.0))
                .andExpect(jsonPath("$.retention.periods[0].others.people").value(others))
                .andExpect(jsonPath("$.retention.periods[1].until").value("2026-06-30"))
                .andExpect(jsonPath("$.retention.periods[1].participants.stayed.value")
                        .value(5.0))
                .andExpect(jsonPath("$.retention.periods[1].participants.retainedPercent.value")
                        .value(83.33))
                .andExpect(jsonPath("$.retention.periods[1].differencePoints.suppressed")
                        .value(false))
                .andExpect(jsonPath("$.retention.periods[1].ciLow").value(Matchers.lessThan(0.0)));
        mvc.perform(get("/api/v1/programs/" + programId + "/impact/retention.csv")
                        .with(httpBasic(EXECUTIVE, DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(Matchers.containsString("12 months after the program,2026-06-30,true,6,5.0,83.33,")));
    }
}
