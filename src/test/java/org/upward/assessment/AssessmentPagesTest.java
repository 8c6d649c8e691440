package org.upward.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.upward.support.FlashMatchers.flashProblem;
import static org.upward.support.FlashMatchers.flashProblemText;
import static org.upward.support.FlashMatchers.flashSuccess;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.upward.support.IntegrationTest;

/** The participant's to-do list and form, and the admin's assessment page. */
class AssessmentPagesTest extends IntegrationTest {

    @Test
    void theHomeToDoListLinksToTheOpenAssessmentWhoseFormSavesPartialAnswers() throws Exception {
        AssessedProgram program = AssessedProgram.create(mvc, false);
        program.openNow("PRE");
        Cookie mentee = logIn(program.mentee, AssessedProgram.PASSWORD);
        String form = "/participant/programs/" + program.programId + "/assessments/PRE";
        assertThat(page("/participant", mentee))
                .contains("Rate your skills: PRE assessment, Assessed " + program.run)
                .contains("href=\"" + form + "\"")
                .contains("to do");

        assertThat(page(form, mentee))
                .contains("<legend", "AI assistants", "TikTok", "name=\"level-0\"", "name=\"skill-1\"")
                .contains("0 of 2 rated");
        mvc.perform(post(form)
                        .cookie(mentee)
                        .with(csrf())
                        .param("skill-0", "AI assistants")
                        .param("skill-1", "TikTok")
                        .param("level-0", "4"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl(form))
                .andExpect(flashSuccess("assessment.saved"));
        assertThat(page(form, mentee)).contains("1 of 2 rated").containsPattern("value=\"4\"[^>]*checked");
        assertThat(page("/participant", mentee)).contains("partly done");

        mvc.perform(post(form).cookie(mentee).with(csrf()).param("skill-0", "AI assistants"))
                .andExpect(flashProblem("assessment.noneChosen"));
        mvc.perform(post(form)
                        .cookie(mentee)
                        .with(csrf())
                        .param("skill-0", "Knitting")
                        .param("level-0", "3"))
                .andExpect(flashProblemText(
                        org.hamcrest.Matchers.startsWith("'Knitting' is not one of the skills rated here")));
        assertThat(jdbc.queryForObject(
                        "select count(*) from assessment_rating where program_id = ?",
                        Integer.class,
                        program.programId))
                .isOne();
    }

    @Test
    void aClosedAssessmentShowsTheAnswersAndRefusesChanges() throws Exception {
        AssessedProgram program = AssessedProgram.create(mvc, false);
        program.window(
                "POST",
                AssessedProgram.today().minusDays(9),
                AssessedProgram.today().minusDays(2));
        Cookie mentee = logIn(program.mentee, AssessedProgram.PASSWORD);
        String form = "/participant/programs/" + program.programId + "/assessments/POST";
        assertThat(page(form, mentee)).contains("The POST assessment closed on").contains("disabled");
        assertThat(page("/participant", mentee)).doesNotContain("Rate your skills");
        mvc.perform(post(form)
                        .cookie(mentee)
                        .with(csrf())
                        .param("skill-0", "TikTok")
                        .param("level-0", "3"))
                .andExpect(flashProblemText(org.hamcrest.Matchers.startsWith("The POST assessment closed on")));
        mvc.perform(get("/participant/programs/" + program.programId + "/assessments/MIDDLE")
                        .cookie(mentee))
                .andExpect(status().isNotFound());
        mvc.perform(get(form).cookie(logIn(program.outsider, AssessedProgram.PASSWORD)))
                .andExpect(status().isForbidden());
    }

    @Test
    void theAdminOpensAWindowSeesResponseRatesAndReminds() throws Exception {
        AssessedProgram program = AssessedProgram.create(mvc, false);
        Cookie admin = logIn(ADMIN);
        String base = "/admin/programs/" + program.programId + "/assessments";
        mvc.perform(post(base + "/windows")
                        .cookie(admin)
                        .with(csrf())
                        .param("phase", "PRE")
                        .param("opensOn", AssessedProgram.today().toString())
                        .param("closesOn", AssessedProgram.today().minusDays(1).toString()))
                .andExpect(flashProblemText(
                        org.hamcrest.Matchers.equalTo("The closing day can't be before the opening day.")));
        mvc.perform(post(base + "/windows")
                        .cookie(admin)
                        .with(csrf())
                        .param("phase", "PRE")
                        .param("opensOn", AssessedProgram.today().toString())
                        .param("closesOn", AssessedProgram.today().plusDays(3).toString()))
                .andExpect(flashSuccess("assessment.window.opened"));
        program.answer(
                        program.mentee,
                        "{\"phase\": \"PRE\", \"ratings\": [{\"skill\": \"TikTok\", \"level\": 2},"
                                + " {\"skill\": \"AI assistants\", \"level\": 2}]}")
                .andExpect(status().isOk());
        assertThat(page(base, admin))
                .contains("1 of 1 (100%)", "0 of 2 (0%)", "Remind non-responders", "Eve Mentee " + program.run);
        mvc.perform(post(base + "/windows/PRE/reminders").cookie(admin).with(csrf()))
                .andExpect(flashSuccess("assessment.reminded", 2));
        mvc.perform(post(base + "/windows/PRE/close").cookie(admin).with(csrf()))
                .andExpect(flashSuccess("assessment.window.closed"));
        program.admin(get("/api/v1/programs/" + program.programId + "/assessment-windows"))
                .andExpect(jsonPath("$.items[0].state").value("CLOSED"));
        assertThat(page("/admin/programs/" + program.programId, admin)).contains(base);
    }

    @Test
    void aCheckInDueThisPeriodIsOnTheToDoListUntilItIsGiven() throws Exception {
        AssessedProgram program = AssessedProgram.create(mvc, false);
        Cookie mentee = logIn(program.mentee, AssessedProgram.PASSWORD);
        assertThat(page("/participant", mentee)).doesNotContain("Check in with");
        program.transition("RUNNING");
        assertThat(page("/participant", mentee))
                .contains("Check in with Mia Mentor " + program.run)
                .contains("href=\"/participant/pairs/" + program.pairId + "\"");
        program.as(
                        program.mentee,
                        post("/api/v1/pairs/" + program.pairId + "/check-ins")
                                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                                .content("{\"rating\": 4}"))
                .andExpect(status().isCreated());
        assertThat(page("/participant", mentee)).doesNotContain("Check in with");
    }

    @Test
    void theProgramFormShowsAndKeepsTheAssessmentSettings() throws Exception {
        AssessedProgram program = AssessedProgram.create(mvc, true);
        Cookie admin = logIn(ADMIN);
        assertThat(page("/admin/programs/" + program.programId + "/edit", admin))
                .containsPattern("name=\"assessment.mentorSkills\"")
                .containsPattern("value=\"Financial acumen\"[^>]*selected")
                .containsPattern("name=\"assessment.partnerRating\"[^>]*checked");
        assertThat(page("/admin/programs/" + program.programId, admin))
                .contains("Financial acumen, Negotiation", "partners also rate each other");
    }

    private String page(String path, Cookie session) throws Exception {
        return mvc.perform(get(path).cookie(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
