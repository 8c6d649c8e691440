package org.upward.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.upward.support.IntegrationTest;

/**
 * JSON is read as sent or refused: 1.5 where a whole number goes is not stored as 1, and text with a lone
 * surrogate is not stored as '?'. Both answer a field error naming the field.
 */
class StrictJsonTest extends IntegrationTest {

    private final String today = LocalDate.now(ZoneOffset.UTC).toString();
    private ActivePair pair;
    private long sessionId;

    @BeforeEach
    void aLoggedSession() throws Exception {
        pair = ActivePair.create(mvc, today, 2);
        sessionId = ActivePair.id(send(pair.mentor, "/api/v1/pairs/" + pair.pairId + "/sessions", session("\"Met\""))
                .andExpect(status().isCreated()));
    }

    private String session(String notes) {
        return "{\"date\": \"" + today + "\", \"durationMinutes\": 45, \"format\": \"VIDEO\", \"notes\": " + notes
                + "}";
    }

    private ResultActions send(String who, String path, String json) throws Exception {
        return pair.as(who, post(path).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private void refused(ResultActions result, String field, String message) throws Exception {
        result.andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString(message)));
    }

    private int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class, pair.pairId);
    }

    @Test
    void aFractionWhereAWholeNumberGoesIsRefusedNamingTheField() throws Exception {
        refused(
                send(pair.mentee, "/api/v1/sessions/" + sessionId + "/feedback", "{\"rating\": 1.5}"),
                "rating",
                "must be a whole number");
        refused(
                send(pair.mentee, "/api/v1/pairs/" + pair.pairId + "/check-ins", "{\"rating\": 4.5}"),
                "rating",
                "whole number");
        refused(
                send(
                        pair.mentor,
                        "/api/v1/pairs/" + pair.pairId + "/sessions",
                        "{\"date\": \"" + today + "\", \"durationMinutes\": 45.5, \"format\": \"VIDEO\"}"),
                "durationMinutes",
                "whole number");
        assertThat(count("select count(*) from session_feedback f join mentoring_session s on s.id = f.session_id"
                        + " where s.pair_id = ?"))
                .isZero();
        assertThat(count("select count(*) from pair_check_in where pair_id = ?"))
                .isZero();
        assertThat(count("select count(*) from mentoring_session where pair_id = ?"))
                .isEqualTo(1);

        send(pair.mentee, "/api/v1/sessions/" + sessionId + "/feedback", "{\"rating\": 4}")
                .andExpect(status().isCreated());
    }

    @Test
    void textWithALoneSurrogateIsRefusedNamingTheFieldAndAWholeEmojiIsKept() throws Exception {
        refused(
                send(pair.mentor, "/api/v1/pairs/" + pair.pairId + "/sessions", session("\"broken \\ud800 text\"")),
                "notes",
                "lone surrogate");
        refused(
                send(
                        pair.mentor,
                        "/api/v1/pairs/" + pair.pairId + "/sessions",
                        "{\"date\": \"" + today + "\", \"durationMinutes\": 45, \"format\": \"VIDEO\","
                                + " \"skillsCovered\": [\"\\udc00\"]}"),
                "skillsCovered[0]",
                "lone surrogate");
        refused(
                send(
                        pair.mentee,
                        "/api/v1/sessions/" + sessionId + "/feedback",
                        "{\"rating\": 4, \"learned\": \"\\ud800\"}"),
                "learned",
                "lone surrogate");
        assertThat(count("select count(*) from mentoring_session where pair_id = ?"))
                .isEqualTo(1);

        long kept = ActivePair.id(
                send(pair.mentor, "/api/v1/pairs/" + pair.pairId + "/sessions", session("\"Fun \\ud83d\\ude00\""))
                        .andExpect(status().isCreated()));
        assertThat(jdbc.queryForObject("select notes from mentoring_session where id = ?", String.class, kept))
                .isEqualTo("Fun \uD83D\uDE00");
    }
}
