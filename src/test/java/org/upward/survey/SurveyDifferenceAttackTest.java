package org.upward.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.upward.support.FlashMatchers.flashProblemText;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.upward.support.IntegrationTest;

/**
 * The difference attack: close a wave, export, reopen it, let one more person answer, close and export again,
 * and the difference is that person's answer. A closed wave is final, so the second export is the first.
 */
class SurveyDifferenceAttackTest extends IntegrationTest {

    private String export(SurveyFixture f) throws Exception {
        return f.admin(get("/api/v1/programs/" + f.programId + "/surveys/responses.csv"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void aClosedWaveCannotBeReopenedSoTwoExportsNeverDifferByOneAnswer() throws Exception {
        SurveyFixture f = SurveyFixture.create(mvc);
        for (String person : f.participants.subList(0, 5)) {
            f.answer(person, "BASELINE", SurveyFixture.answers(3, 8, null)).andExpect(status().isCreated());
        }
        f.close();
        String first = export(f);
        assertThat(first.split("\r\n")).hasSize(6);

        String wave = "/api/v1/programs/" + f.programId + "/survey-waves/" + f.waveId;
        f.admin(put(wave)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(SurveyFixture.wave("BASELINE", f.today.minusDays(20), f.today.plusDays(3), null)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("Wave closed for good"))
                .andExpect(jsonPath("$.detail").value(containsString("cannot be reopened")));
        f.admin(put(wave)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(SurveyFixture.wave("BASELINE", f.today.plusDays(1), f.today.plusDays(3), null)))
                .andExpect(status().isConflict());
        mvc.perform(post("/admin/programs/" + f.programId + "/surveys/waves/" + f.waveId)
                        .param("wave", "BASELINE")
                        .param("opensOn", f.today.minusDays(20).toString())
                        .param("closesOn", f.today.plusDays(3).toString())
                        .with(csrf())
                        .cookie(logIn(ADMIN)))
                .andExpect(status().isFound())
                .andExpect(flashProblemText("cannot be reopened"));
        assertThat(jdbc.queryForObject("select closes_on from survey_wave where id = ?", String.class, f.waveId))
                .isEqualTo(f.today.minusDays(1).toString());

        f.answer(f.participants.get(5), "BASELINE", SurveyFixture.answers(1, 0, null))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("Survey closed"));
        assertThat(export(f)).isEqualTo(first);

        f.admin(put(wave)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                SurveyFixture.wave("BASELINE-2025", f.today.minusDays(20), f.today.minusDays(1), null)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.wave").value("BASELINE-2025"));
    }
}
