package org.upward.survey;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.upward.support.IntegrationTest;

/** A completed program's pairs no longer check in, but its scheduled survey waves stay answerable. */
class CompletedProgramStaysAnswerableTest extends IntegrationTest {

    @Test
    void anOpenWaveIsAnsweredAfterTheProgramCompletedWhileItsPairChecksInNoMore() throws Exception {
        SurveyFixture f = SurveyFixture.create(mvc);
        transition(f, "MATCHING");
        long pairId = SurveyFixture.id(f.admin(post("/api/v1/programs/" + f.programId + "/pairs")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"mentorEmail\": \"" + f.participants.get(0) + "\", \"menteeEmail\": \""
                                + f.participants.get(1) + "\"}"))
                .andExpect(status().isCreated()));
        f.admin(post("/api/v1/pairs/" + pairId + "/approve")).andExpect(status().isOk());
        f.admin(post("/api/v1/pairs/" + pairId + "/activate")).andExpect(status().isOk());
        transition(f, "RUNNING");
        transition(f, "COMPLETED");

        f.answer(f.participants.get(1), "BASELINE", SurveyFixture.answers(4, 9, null))
                .andExpect(status().isCreated());
        f.as(
                        f.participants.get(1),
                        post("/api/v1/pairs/" + pairId + "/check-ins")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"rating\": 4}"))
                .andExpect(status().isConflict());
    }

    private static void transition(SurveyFixture f, String to) throws Exception {
        f.admin(post("/api/v1/programs/" + f.programId + "/transitions")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"to\": \"" + to + "\"}"))
                .andExpect(status().isOk());
    }
}
