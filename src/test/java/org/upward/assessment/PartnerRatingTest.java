package org.upward.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.upward.support.IntegrationTest;

/** With partner rating on, each partner of an active pair rates the other on the other's skills, kept apart. */
class PartnerRatingTest extends IntegrationTest {

    @Test
    void partnersRateEachOtherOnTheOthersSkillsStoredApartFromSelfRatings() throws Exception {
        AssessedProgram program = AssessedProgram.create(mvc, true);
        program.openNow("PRE");
        program.answer(
                        program.mentor,
                        "{\"phase\": \"PRE\", \"subjectEmail\": \"" + program.mentee.toUpperCase()
                                + "\", \"ratings\": [{\"skill\": \"AI assistants\", \"level\": 1}]}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.self").value(false))
                .andExpect(jsonPath("$.subjectEmail").value(program.mentee))
                .andExpect(
                        jsonPath("$.skills[*].skill").value(org.hamcrest.Matchers.contains("AI assistants", "TikTok")));
        program.answer(
                        program.mentee,
                        "{\"phase\": \"PRE\", \"subjectEmail\": \"" + program.mentor
                                + "\", \"ratings\": [{\"skill\": \"Negotiation\", \"level\": 4}]}")
                .andExpect(status().isOk());
        program.answer(
                        program.mentor,
                        "{\"phase\": \"PRE\", \"subjectEmail\": \"" + program.mentee
                                + "\", \"ratings\": [{\"skill\": \"Negotiation\", \"level\": 4}]}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("ratings[0].skill"));
        program.answer(
                        program.unpaired,
                        "{\"phase\": \"PRE\", \"subjectEmail\": \"" + program.mentee
                                + "\", \"ratings\": [{\"skill\": \"TikTok\", \"level\": 4}]}")
                .andExpect(status().isForbidden());
        program.answer(
                        program.mentor,
                        "{\"phase\": \"PRE\", \"subjectEmail\": \"" + program.unpaired
                                + "\", \"ratings\": [{\"skill\": \"Negotiation\", \"level\": 4}]}")
                .andExpect(status().isForbidden());

        assertThat(jdbc.queryForObject(
                        "select count(*) from assessment_rating where program_id = ? and rater_id <> subject_id",
                        Integer.class,
                        program.programId))
                .isEqualTo(2);
        program.admin(get("/api/v1/programs/" + program.programId + "/assessment-windows"))
                .andExpect(jsonPath("$.items[0].responseRates[0].started").value(0))
                .andExpect(jsonPath("$.items[0].responseRates[1].started").value(0));
        program.admin(get("/api/v1/programs/" + program.programId + "/assessments"))
                .andExpect(jsonPath("$.items[0].self").value(false))
                .andExpect(jsonPath("$.items[1].self").value(false));
        program.as(program.mentor, get("/api/v1/programs/" + program.programId + "/assessments/mine"))
                .andExpect(jsonPath("$.answers[0].self").value(true))
                .andExpect(jsonPath("$.answers[1].self").value(false))
                .andExpect(jsonPath("$.answers[1].subjectEmail").value(program.mentee))
                .andExpect(jsonPath("$.answers[1].skills[0].level").value(1));
    }
}
