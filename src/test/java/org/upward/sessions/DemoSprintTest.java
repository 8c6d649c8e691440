package org.upward.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.upward.support.IntegrationTest;

/**
 * The demo tells the truth: the demo mentor and mentee are an active pair in a running program, so a visitor
 * logs a session at once, and the demo's notices are dated when their events happened, not when the demo was
 * made.
 */
class DemoSprintTest extends IntegrationTest {

    @Test
    void theDemoMentorAndMenteeCanLogASessionInTheRunningProgramAtOnce() throws Exception {
        long pair = jdbc.queryForObject(
                "select p.id from mentoring_pair p join program g on g.id = p.program_id"
                        + " join person r on r.id = p.mentor_id join person e on e.id = p.mentee_id"
                        + " where g.status = 'RUNNING' and p.status = 'ACTIVE' and r.email = ? and e.email = ?",
                Long.class,
                MENTOR,
                MENTEE);
        mvc.perform(post("/api/v1/pairs/" + pair + "/sessions")
                        .with(httpBasic(MENTEE, DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"date\": \"" + LocalDate.now()
                                + "\", \"durationMinutes\": 45, \"format\": \"VIDEO\"}"))
                .andExpect(status().isCreated());
    }

    @Test
    void thePilotsNoticesAreDatedWhenTheirEventsHappened() {
        LocalDate pilotEnd = jdbc.queryForObject(
                "select end_date from program where name = 'Reverse mentoring pilot 2026'", LocalDate.class);
        Integer pilotNoticesToday = jdbc.queryForObject(
                "select count(*) from notification n join mentoring_pair p on n.link = '/participant/pairs/' || p.id"
                        + " join program g on g.id = p.program_id"
                        + " where g.name = 'Reverse mentoring pilot 2026' and n.kind in ('NEW_PAIR', 'SESSION_LOGGED')"
                        + " and n.created_at > ?::date + 1",
                Integer.class,
                pilotEnd.toString());
        Integer pilotNotices = jdbc.queryForObject(
                "select count(*) from notification n join mentoring_pair p on n.link = '/participant/pairs/' || p.id"
                        + " join program g on g.id = p.program_id"
                        + " where g.name = 'Reverse mentoring pilot 2026' and n.kind in ('NEW_PAIR', 'SESSION_LOGGED')",
                Integer.class);
        assertThat(pilotNotices).isGreaterThan(20);
        assertThat(pilotNoticesToday).isZero();
    }
}
