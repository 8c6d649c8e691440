package org.upward.assessment;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.upward.support.IntegrationTest;

/** The program's assessment settings: optional in the program JSON, kept when a client leaves them out. */
class AssessmentSettingsTest extends IntegrationTest {

    @Test
    void aProgramNamesTheSkillsEachSideRatesAndAnOlderClientLeavingThemOutKeepsThem() throws Exception {
        AssessedProgram program = AssessedProgram.create(mvc, true);
        String path = "/api/v1/programs/" + program.programId;
        String body = program.admin(get(path))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.assessment.menteeSkills").isEmpty())
                .andExpect(jsonPath("$.assessment.menteeSkillsRated", Matchers.contains("AI assistants", "TikTok")))
                .andExpect(jsonPath("$.assessment.mentorSkills", Matchers.contains("Financial acumen", "Negotiation")))
                .andExpect(jsonPath("$.assessment.partnerRating").value(true))
                .andReturn()
                .getResponse()
                .getContentAsString();
        int version = JsonPath.read(body, "$.version");
        String withoutAssessment = "{\"name\": \"Assessed " + program.run + "\", \"startDate\": \"2026-01-05\","
                + " \"endDate\": \"2099-12-17\", \"sponsorEmail\": \"exec@demo.upward.app\", \"version\": " + version
                + ", \"objectives\": [{\"statement\": \"Use AI\", \"focusSkills\": [\"AI assistants\"],"
                + " \"outcomeMeasure\": \"POST >= 3.5\"}]}";
        version = JsonPath.read(
                program.admin(put(path).contentType(MediaType.APPLICATION_JSON).content(withoutAssessment))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.assessment.menteeSkillsRated", Matchers.contains("AI assistants")))
                        .andExpect(jsonPath("$.assessment.mentorSkills", Matchers.hasSize(2)))
                        .andExpect(jsonPath("$.assessment.partnerRating").value(true))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.version");
        String badSkills = withoutAssessment
                .replace("\"version\": " + (version - 1), "\"version\": " + version)
                .replace(
                        "\"objectives\"",
                        "\"assessment\": {\"menteeSkills\": [\"Knitting\"], \"mentorSkills\": [\"Negotiation\"]},"
                                + " \"objectives\"");
        program.admin(put(path).contentType(MediaType.APPLICATION_JSON).content(badSkills))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("assessment.menteeSkills"))
                .andExpect(jsonPath("$.errors[0].message").value("'Knitting' is not a skill of the catalog."));
        String chosen = badSkills.replace("Knitting", "Prompt writing");
        program.admin(put(path).contentType(MediaType.APPLICATION_JSON).content(chosen))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.assessment.menteeSkills", Matchers.contains("Prompt writing")))
                .andExpect(jsonPath("$.assessment.menteeSkillsRated", Matchers.contains("Prompt writing")))
                .andExpect(jsonPath("$.assessment.mentorSkills", Matchers.contains("Negotiation")))
                .andExpect(jsonPath("$.assessment.partnerRating").value(false));
    }
}
