package org.upward.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.upward.support.IntegrationTest;

/** Answering an assessment: inside the window only, as oneself, valid values only, in parts. */
class AssessmentAnswerApiTest extends IntegrationTest {

    @Test
    void aParticipantAnswersInPartsAndChangesAnswersWhileTheWindowIsOpen() throws Exception {
        AssessedProgram program = AssessedProgram.create(mvc, false);
        program.openNow("PRE");
        program.answer(
                        program.mentee,
                        "{\"phase\": \"PRE\", \"ratings\": [{\"skill\": \"ai assistants \", \"level\": 2}]}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.self").value(true))
                .andExpect(jsonPath("$.subjectEmail").value(program.mentee))
                .andExpect(jsonPath("$.skills[0].skill").value("AI assistants"))
                .andExpect(jsonPath("$.skills[0].level").value(2))
                .andExpect(jsonPath("$.skills[1].skill").value("TikTok"))
                .andExpect(jsonPath("$.skills[1].level").doesNotExist());
        program.answer(
                        program.mentee,
                        "{\"phase\": \"pre\", \"ratings\": [{\"skill\": \"TikTok\", \"level\": 1},"
                                + " {\"skill\": \"AI assistants\", \"level\": 3}]}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.skills[0].level").value(3))
                .andExpect(jsonPath("$.skills[1].level").value(1));
        assertThat(ratings(program)).isEqualTo(2);
        program.as(program.mentee, get("/api/v1/programs/" + program.programId + "/assessments/mine"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.side").value("MENTEE"))
                .andExpect(jsonPath("$.answers[0].phase").value("PRE"))
                .andExpect(jsonPath("$.answers[0].skills[0].level").value(3))
                .andExpect(jsonPath("$.answers[0].skills[1].level").value(1));
        program.as(program.mentor, get("/api/v1/programs/" + program.programId + "/assessments/mine"))
                .andExpect(jsonPath("$.side").value("MENTOR"))
                .andExpect(
                        jsonPath("$.answers[0].skills[*].skill", Matchers.contains("Financial acumen", "Negotiation")))
                .andExpect(jsonPath("$.answers[0].skills[0].level").doesNotExist());
    }

    @Test
    void anAnswerOutsideTheWindowIsRefusedWithTheDateAndNothingIsStored() throws Exception {
        AssessedProgram program = AssessedProgram.create(mvc, false);
        LocalDate closed = AssessedProgram.today().minusDays(3);
        program.window("POST", closed.minusDays(10), closed).andExpect(status().isCreated());
        String when = closed.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));
        program.answer(program.mentee, "{\"phase\": \"POST\", \"ratings\": [{\"skill\": \"TikTok\", \"level\": 4}]}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("The POST assessment closed on " + when + "."));
        program.answer(program.mentee, "{\"phase\": \"PRE\", \"ratings\": [{\"skill\": \"TikTok\", \"level\": 4}]}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", Matchers.containsString("has no PRE assessment yet")));
        program.window(
                        "PRE",
                        AssessedProgram.today().plusDays(2),
                        AssessedProgram.today().plusDays(9))
                .andExpect(status().isCreated());
        program.answer(program.mentee, "{\"phase\": \"PRE\", \"ratings\": [{\"skill\": \"TikTok\", \"level\": 4}]}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", Matchers.startsWith("The PRE assessment opens on")));
        assertThat(ratings(program)).isZero();
    }

    @Test
    void badValuesAreRefusedWithFieldErrorsAndNothingIsStored() throws Exception {
        AssessedProgram program = AssessedProgram.create(mvc, false);
        program.openNow("PRE");
        program.answer(
                        program.mentee,
                        "{\"phase\": \"PRE\", \"ratings\": [{\"skill\": \"AI assistants\", \"level\": 3},"
                                + " {\"skill\": \"TikTok\", \"level\": 6}, {\"skill\": \"Knitting\", \"level\": 2},"
                                + " {\"skill\": \"Financial acumen\", \"level\": 2}, {\"skill\": \"AI assistants\","
                                + " \"level\": 4}, {\"skill\": \"TikTok\"}]}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath(
                        "$.errors[*].field",
                        Matchers.contains(
                                "ratings[1].level",
                                "ratings[2].skill",
                                "ratings[3].skill",
                                "ratings[4].skill",
                                "ratings[5].level")))
                .andExpect(jsonPath("$.errors[0].message").value("Rate 'TikTok' from 1 to 5."))
                .andExpect(jsonPath(
                        "$.errors[1].message",
                        Matchers.startsWith("'Knitting' is not one of the skills rated here: AI assistants, TikTok")));
        program.answer(program.mentee, "{\"phase\": \"DURING\", \"ratings\": [{\"skill\": \"TikTok\", \"level\": 2}]}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("phase"));
        program.answer(program.mentee, "{\"phase\": \"PRE\", \"ratings\": []}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("ratings"));
        program.answer(program.mentee, "{\"phase\": \"PRE\", \"ratings\": [{\"skill\": \"TikTok\", \"level\": 0}]}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("ratings[0].level"));
        assertThat(ratings(program)).isZero();
    }

    @Test
    void nobodyAnswersForSomeoneElse() throws Exception {
        AssessedProgram program = AssessedProgram.create(mvc, false);
        program.openNow("PRE");
        program.answer(
                        program.mentee,
                        "{\"phase\": \"PRE\", \"email\": \"" + program.unpaired + "\", \"raterEmail\": \""
                                + program.unpaired + "\", \"ratings\": [{\"skill\": \"TikTok\", \"level\": 2}]}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.subjectEmail").value(program.mentee));
        assertThat(jdbc.queryForObject(
                        "select p.email from assessment_rating r join person p on p.id = r.rater_id"
                                + " where r.program_id = ? and r.subject_id = r.rater_id",
                        String.class,
                        program.programId))
                .isEqualTo(program.mentee);
        program.answer(
                        program.mentee,
                        "{\"phase\": \"PRE\", \"subjectEmail\": \"" + program.mentor
                                + "\", \"ratings\": [{\"skill\": \"Negotiation\", \"level\": 2}]}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("subjectEmail"));
        assertThat(ratings(program)).isOne();
    }

    @Test
    void onlyParticipantsOfTheProgramAnswer() throws Exception {
        AssessedProgram program = AssessedProgram.create(mvc, false);
        AssessedProgram other = AssessedProgram.create(mvc, false);
        program.openNow("PRE");
        String body = "{\"phase\": \"PRE\", \"ratings\": [{\"skill\": \"TikTok\", \"level\": 2}]}";
        program.answer(program.outsider, body).andExpect(status().isForbidden());
        program.as(
                        other.mentee,
                        post("/api/v1/programs/" + program.programId + "/assessments")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(body))
                .andExpect(status().isForbidden());
        program.as(other.mentee, get("/api/v1/programs/" + program.programId + "/assessments/mine"))
                .andExpect(status().isForbidden());
        program.admin(post("/api/v1/programs/" + program.programId + "/assessments")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/programs/" + program.programId + "/assessments")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isUnauthorized());
        assertThat(ratings(program)).isZero();
    }

    @Test
    void adminsReadIndividualAnswersAndExecutivesDoNot() throws Exception {
        AssessedProgram program = AssessedProgram.create(mvc, false);
        program.openNow("PRE");
        program.answer(program.mentee, "{\"phase\": \"PRE\", \"ratings\": [{\"skill\": \"TikTok\", \"level\": 2}]}")
                .andExpect(status().isOk());
        program.admin(get("/api/v1/programs/" + program.programId + "/assessments"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].raterEmail").value(program.mentee))
                .andExpect(jsonPath("$.items[0].self").value(true))
                .andExpect(jsonPath("$.items[0].ratings[0].level").value(2));
        mvc.perform(get("/api/v1/programs/" + program.programId + "/assessments")
                        .with(httpBasic(EXECUTIVE, DEMO_PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/programs/" + program.programId + "/assessments/mine")
                        .with(httpBasic(EXECUTIVE, DEMO_PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/programs/" + program.programId + "/assessments").cookie(logIn(EXECUTIVE)))
                .andExpect(status().isForbidden());
        program.as(program.mentor, get("/api/v1/programs/" + program.programId + "/assessments"))
                .andExpect(status().isForbidden());
    }

    private int ratings(AssessedProgram program) {
        return jdbc.queryForObject(
                "select count(*) from assessment_rating where program_id = ?", Integer.class, program.programId);
    }
}
