package org.upward.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.upward.support.IntegrationTest;

/** Two-way feedback; a private reflection is read by its author only, on every path that returns session data. */
class FeedbackPrivacyTest extends IntegrationTest {

    private ActivePair pair;
    private long sessionId;
    private String mentorSecret;
    private String menteeSecret;

    @BeforeEach
    void sessionWithFeedbackFromBoth() throws Exception {
        pair = ActivePair.create(mvc, "2025-01-06", 2);
        pair.pairedOn(jdbc, "2025-01-06");
        mentorSecret = "mentor-secret-" + pair.run;
        menteeSecret = "mentee-secret-" + pair.run;
        sessionId = ActivePair.id(pair.as(
                        pair.mentor,
                        post("/api/v1/pairs/" + pair.pairId + "/sessions")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"date\": \"2025-02-03\", \"durationMinutes\": 45, \"format\": \"VIDEO\","
                                                + " \"skillsCovered\": [\"AI assistants\"], \"notes\": \"n\", \"actionItems\": \"a\"}"))
                .andExpect(status().isCreated()));
        feedback(pair.mentor, 4, "Patience", "Prompting", mentorSecret).andExpect(status().isCreated());
        feedback(pair.mentee, 5, "Prompting", "Strategy", menteeSecret).andExpect(status().isCreated());
    }

    private ResultActions feedback(String who, int rating, String learned, String taught, String reflection)
            throws Exception {
        return pair.as(
                who,
                post("/api/v1/sessions/" + sessionId + "/feedback")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"rating\": " + rating + ", \"learned\": \"" + learned + "\", \"taught\": \""
                                + taught + "\", \"privateReflection\": \"" + reflection + "\"}"));
    }

    private static String body(ResultActions result) throws Exception {
        return result.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static void hidesEveryReflection(String body, String... secrets) {
        assertThat(body).doesNotContain("privateReflection");
        for (String secret : secrets) {
            assertThat(body).doesNotContain(secret);
        }
    }

    @Test
    void eachPartnersFeedbackIsSharedWithoutTheirPrivateReflection() throws Exception {
        String list = body(pair.as(pair.mentee, get("/api/v1/pairs/" + pair.pairId + "/sessions")));
        hidesEveryReflection(list, mentorSecret, menteeSecret);
        pair.as(pair.mentee, get("/api/v1/pairs/" + pair.pairId + "/sessions"))
                .andExpect(jsonPath("$.items[0].feedback.length()").value(2))
                .andExpect(jsonPath("$.items[0].feedback[0].authorEmail").value(pair.mentor))
                .andExpect(jsonPath("$.items[0].feedback[0].rating").value(4))
                .andExpect(jsonPath("$.items[0].feedback[0].learned").value("Patience"))
                .andExpect(jsonPath("$.items[0].feedback[1].taught").value("Strategy"));
        hidesEveryReflection(
                body(pair.as(pair.mentor, get("/api/v1/pairs/" + pair.pairId + "/sessions"))),
                mentorSecret,
                menteeSecret);
        hidesEveryReflection(
                body(pair.as(pair.mentor, get("/api/v1/sessions/" + sessionId))), mentorSecret, menteeSecret);
    }

    @Test
    void anAdminSeesSessionsAndFeedbackButNeverAReflection() throws Exception {
        String list = body(pair.admin(get("/api/v1/pairs/" + pair.pairId + "/sessions")));
        hidesEveryReflection(list, mentorSecret, menteeSecret);
        assertThat(list).contains("Patience", "Strategy");
        hidesEveryReflection(body(pair.admin(get("/api/v1/sessions/" + sessionId))), mentorSecret, menteeSecret);
        pair.admin(get("/api/v1/sessions/" + sessionId + "/feedback/mine")).andExpect(status().isForbidden());
        String logged = pair.admin(post("/api/v1/pairs/" + pair.pairId + "/sessions")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"date\": \"2025-02-10\", \"durationMinutes\": 30, \"format\": \"IN_PERSON\"}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        hidesEveryReflection(logged, mentorSecret, menteeSecret);
    }

    @Test
    void theAuthorChoosesWhetherTheResultsMayQuoteWhatTheyLearned() throws Exception {
        pair.as(pair.mentor, get("/api/v1/sessions/" + sessionId + "/feedback/mine"))
                .andExpect(jsonPath("$.shareLearned").value(false));
        pair.as(
                        pair.mentor,
                        post("/api/v1/sessions/" + sessionId + "/feedback")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"rating\": 4, \"learned\": \"Patience\", \"shareLearned\": true}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.shareLearned").value(true));
        // nothing learned written: nothing to quote, whatever the box said
        pair.as(
                        pair.mentee,
                        post("/api/v1/sessions/" + sessionId + "/feedback")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"rating\": 4, \"shareLearned\": true}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.shareLearned").value(false));
        assertThat(jdbc.queryForObject(
                        "select count(*) from session_feedback where session_id = ? and learned_shareable",
                        Long.class,
                        sessionId))
                .isOne();
    }

    @Test
    void theAuthorReadsTheirOwnReflectionAndPostingAgainUpdatesIt() throws Exception {
        String mine = body(pair.as(pair.mentor, get("/api/v1/sessions/" + sessionId + "/feedback/mine")));
        assertThat(mine).contains(mentorSecret).doesNotContain(menteeSecret);
        String theirs = body(pair.as(pair.mentee, get("/api/v1/sessions/" + sessionId + "/feedback/mine")));
        assertThat(theirs).contains(menteeSecret).doesNotContain(mentorSecret);
        String changed = feedback(pair.mentor, 2, "Less", "More", mentorSecret + "-v2")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rating").value(2))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(changed).contains(mentorSecret + "-v2");
        pair.as(pair.mentee, get("/api/v1/pairs/" + pair.pairId + "/sessions"))
                .andExpect(jsonPath("$.items[0].feedback.length()").value(2))
                .andExpect(jsonPath("$.items[0].feedback[0].rating").value(2));
    }

    @Test
    void editingASessionAnswersWithoutReflections() throws Exception {
        String edited = pair.as(
                        pair.mentee,
                        put("/api/v1/sessions/" + sessionId)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"date\": \"2025-02-03\", \"durationMinutes\": 50, \"format\": \"VIDEO\","
                                        + " \"version\": 0}"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        hidesEveryReflection(edited, mentorSecret, menteeSecret);
    }

    @Test
    void feedbackIsRatedOneToFive() throws Exception {
        feedback(pair.mentor, 6, "x", "y", "z")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("rating"));
        pair.as(
                        pair.mentor,
                        post("/api/v1/sessions/" + sessionId + "/feedback")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("rating"));
    }
}
