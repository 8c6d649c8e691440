package org.upward.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.upward.support.IntegrationTest;

/** A participant who withdrew answers nothing; a skill merge carries ratings and assessed skills along. */
class AssessmentEdgesTest extends IntegrationTest {

    @Test
    void aWithdrawnParticipantNoLongerAnswersNorCountsAsExpected() throws Exception {
        AssessedProgram program = AssessedProgram.create(mvc, false);
        program.openNow("PRE");
        long enrollment = jdbc.queryForObject(
                "select e.id from enrollment e join person p on p.id = e.person_id where p.email = ?",
                Long.class,
                program.unpaired);
        mvc.perform(post("/admin/programs/" + program.programId + "/enrollments/" + enrollment + "/withdraw")
                        .cookie(logIn(ADMIN))
                        .with(csrf()))
                .andExpect(status().isFound());
        program.answer(
                        program.unpaired,
                        "{\"phase\": \"PRE\", \"ratings\": [{\"skill\": \"Negotiation\", \"level\": 2}]}")
                .andExpect(status().isForbidden());
        program.admin(get("/api/v1/programs/" + program.programId + "/assessment-windows"))
                .andExpect(jsonPath("$.items[0].responseRates[1].expected").value(1));
    }

    @Test
    void mergingADuplicateSkillMovesItsRatingsAndItsPlaceInTheProgram() throws Exception {
        AssessedProgram program = AssessedProgram.create(mvc, false);
        String duplicate = "Negotiating " + UUID.randomUUID().toString().substring(0, 6);
        long duplicateId = ((Number) JsonPath.read(
                        program.admin(post("/api/v1/skills")
                                        .contentType(MediaType.APPLICATION_JSON)
                                        .content("{\"name\": \"" + duplicate
                                                + "\", \"category\": \"BUSINESS_STRATEGY\"}"))
                                .andExpect(status().isCreated())
                                .andReturn()
                                .getResponse()
                                .getContentAsString(),
                        "$.id"))
                .longValue();
        long negotiation = jdbc.queryForObject("select id from skill where name = 'Negotiation'", Long.class);
        jdbc.update(
                "insert into program_assessed_skill (program_id, side, skill_id) values (?, 'MENTOR', ?)",
                program.programId,
                duplicateId);
        program.openNow("PRE");
        program.answer(
                        program.mentor,
                        "{\"phase\": \"PRE\", \"ratings\": [{\"skill\": \"" + duplicate + "\", \"level\": 2},"
                                + " {\"skill\": \"Financial acumen\", \"level\": 3}]}")
                .andExpect(status().isOk());
        program.answer(
                        program.unpaired,
                        "{\"phase\": \"PRE\", \"ratings\": [{\"skill\": \"" + duplicate
                                + "\", \"level\": 4}, {\"skill\": \"Negotiation\", \"level\": 1}]}")
                .andExpect(status().isOk());

        program.admin(post("/api/v1/skills/" + duplicateId + "/merge")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"into\": " + negotiation + "}"))
                .andExpect(status().isOk());

        List<Integer> levels = jdbc.queryForList(
                "select r.level from assessment_rating r join person p on p.id = r.rater_id"
                        + " where r.program_id = ? and r.skill_id = ? order by p.email",
                Integer.class,
                program.programId,
                negotiation);
        assertThat(levels).containsExactly(2, 1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from program_assessed_skill where program_id = ? and side = 'MENTOR'",
                        Integer.class,
                        program.programId))
                .isEqualTo(2);
    }
}
