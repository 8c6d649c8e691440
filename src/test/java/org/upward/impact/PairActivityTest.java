package org.upward.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.upward.sessions.ActivePair;
import org.upward.support.IntegrationTest;

/**
 * The per-pair activity totals the dashboard reads follow every write of sessions, feedback and check-ins —
 * inserts, edits, deletes and two writers at once — because the database keeps them (V16).
 */
class PairActivityTest extends IntegrationTest {

    @Autowired
    DataSource dataSource;

    @Test
    void totalsFollowSessionsFeedbackAndCheckInsAsTheyAreWrittenEditedAndDeleted() throws Exception {
        ActivePair pair = ActivePair.create(mvc, "2025-01-06", 2);
        pair.pairedOn(jdbc, "2025-01-06");
        long first = ActivePair.id(log(pair, pair.mentor, "2025-01-07", 45).andExpect(status().isCreated()));
        long second = ActivePair.id(log(pair, pair.mentee, "2025-02-03", 30).andExpect(status().isCreated()));
        pair.as(
                        pair.mentee,
                        put("/api/v1/sessions/" + second)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"date\": \"2025-02-04\", \"durationMinutes\": 60, \"format\": \"VIDEO\","
                                        + " \"skillsCovered\": [], \"version\": 0}"))
                .andExpect(status().isOk());
        feedback(pair, pair.mentor, first, 4);
        feedback(pair, pair.mentee, first, 2);
        pair.as(pair.mentor, checkIn(pair, 5)).andExpect(status().isCreated());

        Map<String, Object> totals = totals(pair.pairId);
        assertThat(totals)
                .containsEntry("sessions", 2)
                .containsEntry("minutes", 105L)
                .containsEntry("first_held", java.sql.Date.valueOf("2025-01-07"))
                .containsEntry("last_held", java.sql.Date.valueOf("2025-02-04"))
                .containsEntry("last_joint_period", null)
                .containsEntry("feedback_sum", 6L)
                .containsEntry("feedback_count", 2)
                .containsEntry("check_in_sum", 5L)
                .containsEntry("check_in_count", 1);
        assertThat(people(totals, "feedback_authors")).hasSize(2);
        // the sessions' periods (0 and 2); one partner's check-in alone makes no active period
        assertThat(totals).containsEntry("active_periods", 2);

        pair.as(pair.mentee, checkIn(pair, 3)).andExpect(status().isCreated());
        Map<String, Object> bothCheckedIn = totals(pair.pairId);
        assertThat(bothCheckedIn).containsEntry("active_periods", 3).containsEntry("check_in_count", 2);
        assertThat(bothCheckedIn.get("last_joint_period")).isNotNull();
        assertThat(bothCheckedIn.get("last_check_in")).isNotNull();

        jdbc.update("delete from mentoring_session where id = ?", first);
        assertThat(totals(pair.pairId))
                .containsEntry("sessions", 1)
                .containsEntry("minutes", 60L)
                .containsEntry("first_held", java.sql.Date.valueOf("2025-02-04"))
                .containsEntry("feedback_count", 0);

        // a later start date moves the session into the first period of four weeks
        jdbc.update(
                "update program set start_date = date '2025-01-20', check_in_cadence_weeks = 4 where id = ?",
                pair.programId);
        long checkInPeriods = jdbc.queryForObject(
                "select count(distinct period_index) from pair_check_in where pair_id = ?", Long.class, pair.pairId);
        assertThat(totals(pair.pairId)).containsEntry("active_periods", (int) (1 + checkInPeriods));
    }

    @Test
    void twoWritersOfOnePairAtOnceAreBothCounted() throws Exception {
        ActivePair pair = ActivePair.create(mvc, "2025-01-06", 2);
        pair.pairedOn(jdbc, "2025-01-06");
        log(pair, pair.mentor, "2025-01-07", 45).andExpect(status().isCreated());
        try (Connection one = dataSource.getConnection();
                Connection two = dataSource.getConnection()) {
            one.setAutoCommit(false);
            two.setAutoCommit(false);
            insertSession(one, pair.pairId);
            CompletableFuture<Void> waiting = CompletableFuture.runAsync(() -> {
                try {
                    insertSession(two, pair.pairId);
                    two.commit();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(300);
            assertThat(waiting).as("the second writer waits for the first").isNotDone();
            one.commit();
            waiting.get(10, TimeUnit.SECONDS);
        }
        assertThat(totals(pair.pairId)).containsEntry("sessions", 3).containsEntry("minutes", 105L);
    }

    private static void insertSession(Connection connection, long pairId) throws Exception {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into mentoring_session (pair_id, held_on, duration_minutes, format, logged_by, created_at,"
                        + " updated_at) values (?, date '2025-01-08', 30, 'VIDEO', 'test', now(), now())")) {
            insert.setLong(1, pairId);
            insert.executeUpdate();
        }
    }

    private Map<String, Object> totals(long pairId) {
        return jdbc.queryForMap("select * from pair_activity where pair_id = ?", pairId);
    }

    private static Long[] people(Map<String, Object> totals, String column) throws Exception {
        Long[] ids = (Long[]) ((java.sql.Array) totals.get(column)).getArray();
        return Arrays.stream(ids).distinct().toArray(Long[]::new);
    }

    private static ResultActions log(ActivePair pair, String who, String date, int minutes) throws Exception {
        return pair.as(
                who,
                post("/api/v1/pairs/" + pair.pairId + "/sessions")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"date\": \"" + date + "\", \"durationMinutes\": " + minutes
                                + ", \"format\": \"VIDEO\", \"skillsCovered\": []}"));
    }

    private static void feedback(ActivePair pair, String who, long session, int rating) throws Exception {
        pair.as(
                        who,
                        post("/api/v1/sessions/" + session + "/feedback")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"rating\": " + rating + "}"))
                .andExpect(status().isCreated());
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder checkIn(
            ActivePair pair, int rating) {
        return post("/api/v1/pairs/" + pair.pairId + "/check-ins")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"rating\": " + rating + "}");
    }
}
