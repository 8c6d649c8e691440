package org.upward.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.upward.support.IntegrationTest;

/** Answering a wave: invited people only, while open, once, with valid values; nothing stored otherwise. */
class SurveyAnswerApiTest extends IntegrationTest {

    private int stored(SurveyFixture f) {
        Integer responses =
                jdbc.queryForObject("select count(*) from survey_response where wave_id = ?", Integer.class, f.waveId);
        Integer participations = jdbc.queryForObject(
                "select count(*) from survey_participation where wave_id = ?", Integer.class, f.waveId);
        assertThat(responses).isEqualTo(participations);
        return responses;
    }

    @Test
    void someoneNotInvitedIsRefusedAndAnUnknownWaveIsAFieldError() throws Exception {
        SurveyFixture f = SurveyFixture.create(mvc);
        f.answer(f.outsider, "BASELINE", SurveyFixture.answers(4, 9, null)).andExpect(status().isForbidden());
        f.admin(post("/api/v1/programs/" + f.programId + "/surveys/BASELINE/responses")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(SurveyFixture.answers(4, 9, null)))
                .andExpect(status().isForbidden());
        f.answer(f.participants.get(0), "MONTH_99", SurveyFixture.answers(4, 9, null))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("wave"));
        mvc.perform(post("/api/v1/programs/" + f.programId + "/surveys/BASELINE/responses")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(SurveyFixture.answers(4, 9, null)))
                .andExpect(status().isUnauthorized());
        assertThat(stored(f)).isZero();
    }

    @Test
    void badValuesAreFieldErrorsAndNothingIsStored() throws Exception {
        SurveyFixture f = SurveyFixture.create(mvc);
        f.answer(f.participants.get(0), "BASELINE", "{\"collaboration\": 6, \"satisfaction\": 0, \"recommend\": 11}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[?(@.field == 'collaboration')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'satisfaction')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'intergenerationalCommunication')]")
                        .exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'recommend')]").exists());
        long item = SurveyFixture.id(f.admin(post("/api/v1/programs/" + f.programId + "/survey-items")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"question\": \"I use a new tool weekly\", \"kind\": \"SCALE\"}"))
                .andExpect(status().isCreated()));
        f.answer(
                        f.participants.get(0),
                        "BASELINE",
                        "{\"collaboration\": 3, \"satisfaction\": 3, \"intergenerationalCommunication\": 3,"
                                + " \"recommend\": 8, \"custom\": {\"" + item + "\": 9, \"999999999\": 2}}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[?(@.field == 'custom." + item + "')]")
                        .exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'custom.999999999')].message")
                        .value(org.hamcrest.Matchers.hasItem(containsString("no such item"))));
        assertThat(stored(f)).isZero();
        f.answer(
                        f.participants.get(0),
                        "BASELINE",
                        "{\"collaboration\": 3, \"satisfaction\": 3, \"intergenerationalCommunication\": 3,"
                                + " \"recommend\": 8, \"custom\": {\"" + item + "\": 4}}")
                .andExpect(status().isCreated());
        assertThat(stored(f)).isOne();
        assertThat(jdbc.queryForObject(
                        "select custom_answers ->> ? from survey_response where wave_id = ?",
                        String.class,
                        String.valueOf(item),
                        f.waveId))
                .isEqualTo("4");
    }

    @Test
    void aPersonAnswersOnceAndOnlyForThemself() throws Exception {
        SurveyFixture f = SurveyFixture.create(mvc);
        String me = f.participants.get(0);
        String other = f.participants.get(1);
        f.answer(me, "BASELINE", SurveyFixture.answers(4, 9, null).replace("{", "{\"email\": \"" + other + "\", "))
                .andExpect(status().isCreated());
        f.answer(me, "BASELINE", SurveyFixture.answers(1, 0, null))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("Already answered"));
        assertThat(jdbc.queryForList(
                        "select p.email from survey_participation sp join person p on p.id = sp.person_id"
                                + " where sp.wave_id = ?",
                        String.class,
                        f.waveId))
                .containsExactly(me);
        assertThat(stored(f)).isOne();
        f.answer(other, "BASELINE", SurveyFixture.answers(2, 6, null)).andExpect(status().isCreated());
        assertThat(stored(f)).isEqualTo(2);
    }

    @Test
    void answersBeforeTheOpeningOrAfterTheCloseAreRefusedInWords() throws Exception {
        SurveyFixture f = SurveyFixture.create(mvc);
        f.close();
        f.answer(f.participants.get(0), "BASELINE", SurveyFixture.answers(4, 9, null))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("Survey closed"))
                .andExpect(jsonPath("$.detail").value(containsString("answers are no longer taken")));
        f.admin(post("/api/v1/programs/" + f.programId + "/survey-waves")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(SurveyFixture.wave("LATER", f.today.plusDays(3), f.today.plusDays(9), f.comparison)))
                .andExpect(status().isCreated());
        f.answer(f.comparison.get(0), "LATER", SurveyFixture.answers(4, 9, null))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("Survey not open yet"));
        assertThat(stored(f)).isZero();
    }

    @Test
    void aPersonSeesTheOpenSurveysTheyHaveNotAnswered() throws Exception {
        SurveyFixture f = SurveyFixture.create(mvc);
        String open = f.as(f.comparison.get(0), get("/api/v1/surveys/open"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(JsonPath.<java.util.List<String>>read(open, "$[*].path"))
                .contains("/surveys/" + f.programId + "/BASELINE");
        f.answer(f.comparison.get(0), "BASELINE", SurveyFixture.answers(4, 9, null))
                .andExpect(status().isCreated());
        f.as(f.comparison.get(0), get("/api/v1/surveys/open"))
                .andExpect(jsonPath("$[?(@.programId == " + f.programId + ")]").isEmpty());
        f.as(f.outsider, get("/api/v1/surveys/open"))
                .andExpect(jsonPath("$[?(@.programId == " + f.programId + ")]").isEmpty());
    }
}
