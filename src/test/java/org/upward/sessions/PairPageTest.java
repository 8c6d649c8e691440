package org.upward.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.upward.support.FlashMatchers.flashProblem;
import static org.upward.support.FlashMatchers.flashSuccess;

import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.upward.support.IntegrationTest;

/** The partner's pair page: log with feedback in one form, the partner's feedback, edits and check-ins. */
class PairPageTest extends IntegrationTest {

    private ActivePair pair;
    private Cookie mentor;
    private Cookie mentee;
    private String pagePath;

    @BeforeEach
    void activePair() throws Exception {
        pair = ActivePair.create(mvc, "2025-01-06", 2);
        mentor = logIn(pair.mentor, ActivePair.PASSWORD);
        mentee = logIn(pair.mentee, ActivePair.PASSWORD);
        pagePath = "/participant/pairs/" + pair.pairId;
    }

    private String page(Cookie who) throws Exception {
        return mvc.perform(get(pagePath).cookie(who))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private long onlySessionId() {
        return jdbc.queryForObject("select id from mentoring_session where pair_id = ?", Long.class, pair.pairId);
    }

    @Test
    void theLoggerLogsASessionWithFeedbackAndThePartnerSeesItButNotTheReflection() throws Exception {
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        assertThat(page(mentor)).contains("Log a session", "value=\"" + today + "\"", "AI assistants");
        String mentorSecret = "mentor-page-secret-" + pair.run;
        mvc.perform(post(pagePath + "/sessions")
                        .cookie(mentor)
                        .with(csrf())
                        .param("date", today)
                        .param("durationMinutes", "30")
                        .param("format", "IN_PERSON")
                        .param("skillsCovered", "AI assistants")
                        .param("notes", "Shared notes " + pair.run)
                        .param("rating", "5")
                        .param("learned", "How prompts work")
                        .param("privateReflection", mentorSecret))
                .andExpect(redirectedUrl(pagePath))
                .andExpect(flashSuccess("sessions.logged"));
        String seenByMentee = page(mentee);
        assertThat(seenByMentee)
                .contains("Shared notes " + pair.run, "How prompts work", "rated 5/5")
                .doesNotContain(mentorSecret);
        assertThat(page(mentor)).contains(mentorSecret);

        String menteeSecret = "mentee-page-secret-" + pair.run;
        mvc.perform(post("/participant/sessions/" + onlySessionId() + "/feedback")
                        .cookie(mentee)
                        .with(csrf())
                        .param("rating", "4")
                        .param("taught", "Stakeholders")
                        .param("privateReflection", menteeSecret))
                .andExpect(redirectedUrl(pagePath))
                .andExpect(flashSuccess("sessions.feedback.saved"));
        assertThat(page(mentor)).contains("Stakeholders", "rated 4/5").doesNotContain(menteeSecret);
        assertThat(page(mentee)).contains(menteeSecret).doesNotContain(mentorSecret);
    }

    @Test
    void anInvalidLogIsShownAgainWithTheFieldsNamedAndNothingSaved() throws Exception {
        mvc.perform(post(pagePath + "/sessions")
                        .cookie(mentor)
                        .with(csrf())
                        .param("date", LocalDate.now(ZoneOffset.UTC).plusDays(3).toString())
                        .param("durationMinutes", "2")
                        .param("format", "VIDEO"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("5 to 480 minutes")));
        mvc.perform(post(pagePath + "/sessions")
                        .cookie(mentor)
                        .with(csrf())
                        .param("date", LocalDate.now(ZoneOffset.UTC).plusDays(3).toString())
                        .param("durationMinutes", "20")
                        .param("format", "VIDEO"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("can&#39;t be in the future")));
        assertThat(jdbc.queryForObject(
                        "select count(*) from mentoring_session where pair_id = ?", Integer.class, pair.pairId))
                .isZero();
    }

    @Test
    void aStaleEditSaysSomeoneElseChangedIt() throws Exception {
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        mvc.perform(post(pagePath + "/sessions")
                        .cookie(mentor)
                        .with(csrf())
                        .param("date", today)
                        .param("durationMinutes", "30")
                        .param("format", "VIDEO"))
                .andExpect(redirectedUrl(pagePath));
        long id = onlySessionId();
        mvc.perform(get("/participant/sessions/" + id + "/edit").cookie(mentee))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("name=\"version\" value=\"0\"")));
        mvc.perform(post("/participant/sessions/" + id)
                        .cookie(mentee)
                        .with(csrf())
                        .param("version", "0")
                        .param("date", today)
                        .param("durationMinutes", "40")
                        .param("format", "VIDEO"))
                .andExpect(redirectedUrl(pagePath))
                .andExpect(flashSuccess("sessions.saved"));
        mvc.perform(post("/participant/sessions/" + id)
                        .cookie(mentor)
                        .with(csrf())
                        .param("version", "0")
                        .param("date", today)
                        .param("durationMinutes", "50")
                        .param("format", "VIDEO"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("changed by someone else")));
        assertThat(jdbc.queryForObject(
                        "select duration_minutes from mentoring_session where id = ?", Integer.class, id))
                .isEqualTo(40);
    }

    @Test
    void aPartnerChecksInFromThePage() throws Exception {
        mvc.perform(post(pagePath + "/check-ins").cookie(mentee).with(csrf()).param("blocker", "No rating"))
                .andExpect(redirectedUrl(pagePath))
                .andExpect(flashProblem("sessions.checkin.error.rating"));
        mvc.perform(post(pagePath + "/check-ins")
                        .cookie(mentee)
                        .with(csrf())
                        .param("rating", "3")
                        .param("blocker", "Busy quarter"))
                .andExpect(redirectedUrl(pagePath))
                .andExpect(flashSuccess("sessions.checkin.saved"));
        assertThat(page(mentee)).contains("You checked in on", "Busy quarter");
    }

    @Test
    void onlyThePartnersOpenThePairPage() throws Exception {
        Cookie outsider = logIn(pair.outsider, ActivePair.PASSWORD);
        mvc.perform(get(pagePath).cookie(outsider)).andExpect(status().isForbidden());
        mvc.perform(get(pagePath).cookie(logIn(EXECUTIVE))).andExpect(status().isForbidden());
        mvc.perform(get(pagePath).cookie(logIn(ADMIN))).andExpect(status().isForbidden());
        mvc.perform(post(pagePath + "/check-ins").cookie(outsider).with(csrf()).param("rating", "3"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/participant/pairs/999999999").cookie(mentor)).andExpect(status().isNotFound());
    }
}
