package org.upward.sessions.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.upward.support.FlashMatchers.flashSuccess;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.upward.security.Role;
import org.upward.security.UpwardUser;
import org.upward.sessions.ActivePair;
import org.upward.sessions.FeedbackRequest;
import org.upward.sessions.SessionFormat;
import org.upward.sessions.SessionRequest;
import org.upward.shared.FieldProblem;
import org.upward.shared.InvalidFieldsException;
import org.upward.shared.NotFoundException;
import org.upward.support.IntegrationTest;

/**
 * Logging from the pair page is one transaction on PostgreSQL: the session, the logger's feedback and the planned
 * meeting it came from (and the partner's notice) are written together, or nothing is when any part is refused.
 */
class PairPageLogTest extends IntegrationTest {

    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

    @Autowired
    PairPageLog pageLog;

    private ActivePair pair;
    private UpwardUser mentor;
    private long meeting;

    @BeforeEach
    void anActivePairWithAPlannedMeeting() throws Exception {
        pair = ActivePair.create(mvc, "2025-01-06", 2);
        mentor = new UpwardUser(0, pair.mentor, "Mia Mentor", null, true, Set.of(Role.PARTICIPANT));
        meeting = ActivePair.id(pair.as(
                        pair.mentor,
                        post("/api/v1/pairs/" + pair.pairId + "/planned-sessions")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"date\": \"" + today.plusDays(1) + "\", \"startTime\": \"12:30\","
                                        + " \"durationMinutes\": 45, \"format\": \"VIDEO\"}"))
                .andExpect(status().isCreated()));
    }

    private static SessionRequest session(int minutes) {
        return new SessionRequest(
                LocalDate.now(ZoneOffset.UTC), minutes, SessionFormat.VIDEO, List.of("AI assistants"), "n", null, null);
    }

    @Test
    void theSessionItsFeedbackAndThePlannedMeetingAreWrittenTogether() {
        long id = pageLog.log(
                pair.pairId, session(45), new FeedbackRequest(5, "Prompts", null, "mine only"), meeting, mentor);

        assertThat(sessions()).isOne();
        assertThat(jdbc.queryForObject("select rating from session_feedback where session_id = ?", Integer.class, id))
                .isEqualTo(5);
        assertThat(loggedAs()).isEqualTo(id);
        assertThat(noticesToTheMentee()).isOne();
    }

    @Test
    void aRefusedFeedbackWritesNoSessionNoFeedbackAndLeavesTheMeetingUnlogged() {
        assertThatThrownBy(() -> pageLog.log(
                        pair.pairId, session(45), new FeedbackRequest(9, "Prompts", null, null), meeting, mentor))
                .isInstanceOfSatisfying(InvalidFieldsException.class, refused -> assertThat(refused.problems())
                        .extracting(FieldProblem::field)
                        .containsExactly("rating"));
        assertNothingWritten();
    }

    @Test
    void aRefusedSessionWritesNothingEitherEvenWithoutBeanValidation() {
        assertThatThrownBy(() ->
                        pageLog.log(pair.pairId, session(3), new FeedbackRequest(5, null, null, null), meeting, mentor))
                .isInstanceOfSatisfying(InvalidFieldsException.class, refused -> assertThat(refused.problems())
                        .extracting(FieldProblem::field)
                        .containsExactly("durationMinutes"));
        assertNothingWritten();
    }

    @Test
    void anUnknownPlannedMeetingUndoesTheSessionAndTheFeedbackAlreadyWritten() {
        assertThatThrownBy(() -> pageLog.log(
                        pair.pairId, session(45), new FeedbackRequest(5, null, null, null), 999_999_999L, mentor))
                .isInstanceOf(NotFoundException.class);
        assertNothingWritten();
    }

    @Test
    void thePageShowsARefusedFeedbackNextToItsFieldAndWritesNothing() throws Exception {
        String page = "/participant/pairs/" + pair.pairId;
        var cookie = logIn(pair.mentor, ActivePair.PASSWORD);
        mvc.perform(post(page + "/sessions")
                        .cookie(cookie)
                        .with(csrf())
                        .param("date", today.toString())
                        .param("durationMinutes", "45")
                        .param("format", "VIDEO")
                        .param("learned", "How prompts work")
                        .param("plannedId", String.valueOf(meeting)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(Matchers.containsString(
                                "<div class=\"text-danger small\">rate the session from 1 to 5</div>")))
                .andExpect(content().string(Matchers.containsString("Please check the fields marked below.")));
        assertNothingWritten();

        mvc.perform(post(page + "/sessions")
                        .cookie(cookie)
                        .with(csrf())
                        .param("date", today.toString())
                        .param("durationMinutes", "45")
                        .param("format", "VIDEO")
                        .param("rating", "4")
                        .param("learned", "How prompts work")
                        .param("plannedId", String.valueOf(meeting)))
                .andExpect(redirectedUrl(page))
                .andExpect(flashSuccess("sessions.logged"));
        assertThat(sessions()).isOne();
        assertThat(feedbackByTheMentor()).isOne();
        assertThat(loggedAs()).isNotNull();
    }

    private void assertNothingWritten() {
        assertThat(sessions()).as("sessions").isZero();
        assertThat(feedbackByTheMentor()).as("feedback").isZero();
        assertThat(loggedAs()).as("the planned meeting's session").isNull();
        assertThat(noticesToTheMentee()).as("notices").isZero();
    }

    private int sessions() {
        return jdbc.queryForObject(
                "select count(*) from mentoring_session where pair_id = ?", Integer.class, pair.pairId);
    }

    private int feedbackByTheMentor() {
        return jdbc.queryForObject(
                "select count(*) from session_feedback f join person p on p.id = f.author_id where p.email = ?",
                Integer.class,
                pair.mentor);
    }

    private Long loggedAs() {
        return jdbc.queryForObject("select session_id from planned_session where id = ?", Long.class, meeting);
    }

    private int noticesToTheMentee() {
        return jdbc.queryForObject(
                "select count(*) from notification n join person p on p.id = n.person_id"
                        + " where p.email = ? and n.kind = 'SESSION_LOGGED'",
                Integer.class,
                pair.mentee);
    }
}
