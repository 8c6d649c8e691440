package org.upward.assessment;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.upward.support.IntegrationTest;

/** A completed program's pairs no longer log sessions, but its POST assessment window stays answerable. */
class CompletedProgramStaysAnswerableTest extends IntegrationTest {

    @Test
    void thePostAssessmentIsAnsweredAfterTheProgramCompletedWhileItsPairLogsNoMoreSessions() throws Exception {
        AssessedProgram program = AssessedProgram.create(mvc, false);
        program.transition("RUNNING");
        program.openNow("POST");
        program.transition("COMPLETED");

        program.answer(program.mentee, "{\"phase\": \"POST\", \"ratings\": [{\"skill\": \"TikTok\", \"level\": 4}]}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.skills[1].level").value(4));
        program.as(
                        program.mentor,
                        post("/api/v1/pairs/" + program.pairId + "/sessions")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"date\": \"" + AssessedProgram.today()
                                        + "\", \"durationMinutes\": 45, \"format\": \"VIDEO\"}"))
                .andExpect(status().isConflict());
    }
}
