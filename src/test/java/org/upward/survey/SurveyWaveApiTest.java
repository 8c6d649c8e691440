package org.upward.survey;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.upward.support.IntegrationTest;

/** Scheduling waves: field errors, duplicates, the standard waves, and response rates per group. */
class SurveyWaveApiTest extends IntegrationTest {

    @Test
    void aWaveIsRefusedWithFieldErrorsForBadDatesUnknownPeopleParticipantsAndBadNames() throws Exception {
        SurveyFixture f = SurveyFixture.create(mvc);
        String unknown = "nobody-" + f.run + "@example.com";
        f.admin(post("/api/v1/programs/" + f.programId + "/survey-waves")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(SurveyFixture.wave(
                                "Month 3",
                                f.today,
                                f.today.minusDays(1),
                                List.of(unknown, f.participants.get(0), f.comparison.get(0)))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[?(@.field == 'wave')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'closesOn')].message")
                        .value(hasItem(containsString("on or after opensOn"))))
                .andExpect(jsonPath("$.errors[?(@.field == 'comparisonGroup')].message")
                        .value(hasItems(containsString(unknown), containsString(f.participants.get(0)))));
        f.admin(post("/api/v1/programs/" + f.programId + "/survey-waves")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"opensOn\": \"2027-01-01\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[?(@.field == 'wave')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'closesOn')]").exists());
        f.admin(post("/api/v1/programs/" + f.programId + "/survey-waves")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(SurveyFixture.wave("baseline", f.today, f.today, null)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("BASELINE")));
        f.admin(get("/api/v1/programs/" + f.programId + "/survey-waves"))
                .andExpect(jsonPath("$.total").value(1));
    }

    @Test
    void theStandardWavesAreAddedFromTheProgramStartAndARenameToATakenNameIsAConflict() throws Exception {
        SurveyFixture f = SurveyFixture.create(mvc);
        f.admin(post("/api/v1/programs/" + f.programId + "/survey-waves/standard"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].wave").value("MONTH_6"))
                .andExpect(jsonPath("$[0].opensOn")
                        .value(f.today.minusMonths(1).plusMonths(6).toString()))
                .andExpect(jsonPath("$[1].wave").value("MONTH_12"));
        f.admin(put("/api/v1/programs/" + f.programId + "/survey-waves/" + f.waveId)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(SurveyFixture.wave("MONTH_6", f.today, f.today, null)))
                .andExpect(status().isConflict());
        f.admin(put("/api/v1/programs/" + f.programId + "/survey-waves/" + f.waveId)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(SurveyFixture.wave("pulse-1", f.today, f.today.plusDays(3), null)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.wave").value("PULSE-1"))
                .andExpect(jsonPath("$.comparisonGroup.length()").value(3));
    }

    @Test
    void responseRatesCountParticipantsAndTheComparisonGroupSeparately() throws Exception {
        SurveyFixture f = SurveyFixture.create(mvc);
        f.answer(f.participants.get(0), "BASELINE", SurveyFixture.answers(4, 9, null))
                .andExpect(status().isCreated());
        f.answer(f.participants.get(1), "baseline", SurveyFixture.answers(3, 7, null))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.group").value("PARTICIPANT"));
        f.answer(f.comparison.get(0), "BASELINE", SurveyFixture.answers(2, 5, null))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.group").value("COMPARISON"));
        f.admin(get("/api/v1/programs/" + f.programId + "/survey-waves"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].status").value("OPEN"))
                .andExpect(jsonPath("$.items[0].participants.invited").value(6))
                .andExpect(jsonPath("$.items[0].participants.responded").value(2))
                .andExpect(jsonPath("$.items[0].participants.rate").value(0.333))
                .andExpect(jsonPath("$.items[0].comparison.invited").value(3))
                .andExpect(jsonPath("$.items[0].comparison.responded").value(1))
                .andExpect(jsonPath("$.items[0].comparison.rate").value(0.333));
    }

    @Test
    void onlyAdminsScheduleAndListWaves() throws Exception {
        SurveyFixture f = SurveyFixture.create(mvc);
        f.as(f.participants.get(0), get("/api/v1/programs/" + f.programId + "/survey-waves"))
                .andExpect(status().isForbidden());
        f.as(
                        f.participants.get(0),
                        post("/api/v1/programs/" + f.programId + "/survey-waves")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(SurveyFixture.wave("X", f.today, f.today, null)))
                .andExpect(status().isForbidden());
        f.as(f.participants.get(0), get("/api/v1/programs/" + f.programId + "/surveys/responses.csv"))
                .andExpect(status().isForbidden());
    }
}
