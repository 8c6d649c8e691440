package org.upward.survey.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.upward.support.IntegrationTest;
import org.upward.survey.SurveyFixture;

/** The answering page for invited people only, with a private draft; the admin's survey page. */
class SurveyPagesTest extends IntegrationTest {

    @Autowired
    DraftCleanup cleanup;

    private String page(String path, Cookie session) throws Exception {
        return mvc.perform(get(path).cookie(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private Integer count(String table, SurveyFixture f) {
        return jdbc.queryForObject("select count(*) from " + table + " where wave_id = ?", Integer.class, f.waveId);
    }

    @Test
    void aComparisonMemberWithoutARoleAnswersFromTheirHomePageAndOthersAreRefused() throws Exception {
        SurveyFixture f = SurveyFixture.create(mvc);
        Cookie member = logIn(f.comparison.get(0), SurveyFixture.PASSWORD);
        String path = "/surveys/" + f.programId + "/BASELINE";
        assertThat(page("/welcome", member)).contains("Surveys to answer").contains(path);
        assertThat(page(path, member)).contains("Your answers are anonymous", "recommend", "<legend");

        Cookie outsider = logIn(f.outsider, SurveyFixture.PASSWORD);
        mvc.perform(get(path).cookie(outsider)).andExpect(status().isForbidden());
        mvc.perform(post(path).param("collaboration", "3").with(csrf()).cookie(outsider))
                .andExpect(status().isForbidden());
        mvc.perform(get("/surveys/" + f.programId + "/NOPE").cookie(member)).andExpect(status().isNotFound());
        assertThat(page("/welcome", outsider)).doesNotContain(path);

        mvc.perform(post(path)
                        .param("collaboration", "4")
                        .param("recommend", "12")
                        .with(csrf())
                        .cookie(member))
                .andExpect(status().isOk());
        assertThat(count("survey_response", f)).isZero();

        mvc.perform(post(path)
                        .param("collaboration", "4")
                        .param("satisfaction", "5")
                        .param("intergenerationalCommunication", "3")
                        .param("recommend", "9")
                        .param("action", "submit")
                        .with(csrf())
                        .cookie(member))
                .andExpect(status().isFound());
        assertThat(count("survey_response", f)).isOne();
        assertThat(page(path, member)).contains("You have answered this survey");
        assertThat(page("/welcome", member)).doesNotContain(path);
    }

    @Test
    void aDraftIsKeptForItsAuthorAloneAndGoesWhenTheySubmit() throws Exception {
        SurveyFixture f = SurveyFixture.create(mvc);
        String path = "/surveys/" + f.programId + "/BASELINE";
        Cookie me = logIn(f.participants.get(0), SurveyFixture.PASSWORD);
        mvc.perform(post(path)
                        .param("collaboration", "2")
                        .param("comments", "half-written DRAFTMARK" + f.run)
                        .param("action", "save")
                        .with(csrf())
                        .cookie(me))
                .andExpect(status().isFound());
        assertThat(count("survey_draft", f)).isOne();
        assertThat(count("survey_response", f)).isZero();
        assertThat(page(path, me)).contains("DRAFTMARK" + f.run).contains("value=\"2\" checked");
        Cookie other = logIn(f.participants.get(1), SurveyFixture.PASSWORD);
        assertThat(page(path, other)).doesNotContain("DRAFTMARK");
        assertThat(page("/admin/programs/" + f.programId + "/surveys", logIn(ADMIN)))
                .doesNotContain("DRAFTMARK");
        assertThat(page("/participant", me)).contains("Finish the BASELINE survey");

        mvc.perform(post(path)
                        .param("collaboration", "2")
                        .param("satisfaction", "4")
                        .param("intergenerationalCommunication", "4")
                        .param("recommend", "8")
                        .param("comments", "done")
                        .param("action", "submit")
                        .with(csrf())
                        .cookie(me))
                .andExpect(status().isFound());
        assertThat(count("survey_draft", f)).isZero();
        assertThat(count("survey_response", f)).isOne();
    }

    @Test
    void aDraftNeverSentIsDeletedOnceItsWaveHasClosed() throws Exception {
        SurveyFixture f = SurveyFixture.create(mvc);
        String path = "/surveys/" + f.programId + "/BASELINE";
        mvc.perform(post(path)
                        .param("collaboration", "3")
                        .param("action", "save")
                        .with(csrf())
                        .cookie(logIn(f.comparison.get(0), SurveyFixture.PASSWORD)))
                .andExpect(status().isFound());
        cleanup.deleteDraftsOfClosedWaves();
        assertThat(count("survey_draft", f)).isOne();
        f.close();
        cleanup.deleteDraftsOfClosedWaves();
        assertThat(count("survey_draft", f)).isZero();
    }

    @Test
    void theAdminSeesRatesButNotWhoHasAnsweredLinkedFromTheProgram() throws Exception {
        SurveyFixture f = SurveyFixture.create(mvc);
        f.answer(f.participants.get(0), "BASELINE", SurveyFixture.answers(4, 9, null));
        Cookie admin = logIn(ADMIN);
        assertThat(page("/admin/programs/" + f.programId, admin))
                .contains("/admin/programs/" + f.programId + "/surveys");
        String html = page("/admin/programs/" + f.programId + "/surveys", admin);
        assertThat(html)
                .contains("1 of 6 answered (17 %)", "0 of 3 answered (0 %)")
                .doesNotContain(SurveyFixture.name(f.participants.get(1)))
                .doesNotContain(SurveyFixture.name(f.participants.get(0)));
        mvc.perform(post("/admin/programs/" + f.programId + "/surveys/waves/" + f.waveId + "/comparison-group")
                        .param("department", "Marketing")
                        .with(csrf())
                        .cookie(admin))
                .andExpect(status().isFound());
        assertThat(jdbc.queryForObject(
                        "select count(*) from survey_comparison_member where wave_id = ?", Integer.class, f.waveId))
                .isGreaterThan(3);
        mvc.perform(get("/admin/programs/" + f.programId + "/surveys")
                        .cookie(logIn(f.participants.get(0), SurveyFixture.PASSWORD)))
                .andExpect(status().isForbidden());
    }
}
