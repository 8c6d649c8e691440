package org.upward.program;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.upward.support.IntegrationTest;

/** The program form offers measures in words, keeps the one chosen, and puts a refusal under its field. */
class ObjectiveMeasureFormTest extends IntegrationTest {

    private static MultiValueMap<String, String> form(String name, String kind, String side, String target) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("name", name);
        form.add("startDate", "2027-01-11");
        form.add("endDate", "2027-12-17");
        form.add("sponsorEmail", EXECUTIVE);
        form.add("objectives[0].statement", "Executives use AI assistants weekly");
        form.put("objectives[0].focusSkills", List.of("AI assistants"));
        form.add("objectives[0].outcomeMeasure", "Mentees average 3.5 after the program");
        form.add("objectives[0].measureKind", kind);
        form.add("objectives[0].measureSide", side);
        form.add("objectives[0].measureTarget", target);
        form.add("matching.skillGapWeight", "0.6");
        form.add("matching.sharedInterestWeight", "0.25");
        form.add("matching.workStyleWeight", "0.15");
        form.add("matching.minScore", "20");
        form.add("matching.objective", "TOTAL_SCORE");
        form.add("matching.mode", "ADMIN_LED");
        return form;
    }

    @Test
    void theFormOffersTheKindsInWords() throws Exception {
        mvc.perform(get("/admin/programs/new").cookie(logIn(ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("Average skill level after the program is at least the target")))
                .andExpect(content().string(containsString(">Mentees</option>")))
                .andExpect(content().string(containsString("No wave scheduled yet: schedule the surveys first")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(">SKILL_POST_MEAN<"))));
    }

    @Test
    void aMeasureChosenOnTheFormIsSavedWithTheFocusSkills() throws Exception {
        Cookie session = logIn(ADMIN);
        String name = "Measured " + UUID.randomUUID();
        String location = mvc.perform(post("/admin/programs")
                        .params(form(name, "SKILL_POST_MEAN", "MENTEE", "3.5"))
                        .cookie(session)
                        .with(csrf()))
                .andExpect(status().isFound())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(get("/api/v1/programs/" + id).with(httpBasic(ADMIN, DEMO_PASSWORD)))
                .andExpect(jsonPath("$.objectives[0].measure.kind").value("SKILL_POST_MEAN"))
                .andExpect(jsonPath("$.objectives[0].measure.side").value("MENTEE"))
                .andExpect(jsonPath("$.objectives[0].measure.skills[0]").value("AI assistants"))
                .andExpect(jsonPath("$.objectives[0].measure.target").value(3.5));
        mvc.perform(get("/admin/programs/" + id).cookie(session))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString(
                                "Average skill level after the program is at least the target · Target 3.5<")));
        mvc.perform(get("/admin/programs/" + id + "/edit").cookie(session))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(containsString("<option value=\"SKILL_POST_MEAN\" selected=\"selected\">")));
    }

    @Test
    void aRefusedMeasureIsShownUnderItsFieldAndNothingIsSaved() throws Exception {
        String name = "Refused " + UUID.randomUUID();
        mvc.perform(post("/admin/programs")
                        .params(form(name, "SKILL_POST_MEAN", "MENTOR", "9"))
                        .cookie(logIn(ADMIN))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("AI assistants is not a skill Mentors rate in their assessments")))
                .andExpect(content().string(containsString("Enter a number from 1 to 5")));
        org.assertj.core.api.Assertions.assertThat(
                        jdbc.queryForObject("select count(*) from program where name = ?", Long.class, name))
                .isZero();
    }
}
