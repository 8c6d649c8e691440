package org.upward.sessions.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.upward.program.ProgramService;
import org.upward.program.ProgramView;
import org.upward.sessions.ActivePair;
import org.upward.sessions.internal.BoardStandings.Standing;
import org.upward.support.IntegrationTest;

/**
 * The status board's standings are kept per program while nothing they read has changed, and a session logged, a
 * pair kept or another day shows on the next view at once, whatever path wrote it.
 */
class BoardStandingsTest extends IntegrationTest {

    @Autowired
    BoardStandings standings;

    @Autowired
    ProgramService programs;

    @Autowired
    Clock clock;

    private static Standing of(List<Standing> all, long pairId) {
        return all.stream().filter(s -> s.pairId() == pairId).findFirst().orElseThrow();
    }

    @Test
    void keptWhileNothingChangedAndEveryChangeShowsAtOnce() throws Exception {
        ActivePair pair = ActivePair.create(mvc, "2025-01-06", 2);
        ProgramView program = programs.get(pair.programId);
        LocalDate day = LocalDate.now(clock);
        List<Standing> first = standings.of(program, day);
        assertThat(of(first, pair.pairId).lastSession()).isNull();

        assertThat(standings.of(program, day)).isSameAs(first);

        pair.as(
                        pair.mentor,
                        post("/api/v1/pairs/" + pair.pairId + "/sessions")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"date\": \"" + day + "\", \"durationMinutes\": 30, \"format\":"
                                        + " \"VIDEO\", \"skillsCovered\": []}"))
                .andExpect(status().isCreated());
        List<Standing> afterSession = standings.of(program, day);
        assertThat(of(afterSession, pair.pairId).lastSession()).isEqualTo(day);

        jdbc.update(
                "insert into pair_kept (pair_id, kept_on, kept_by_account_id, kept_at) values (?, ?, null, now())",
                pair.pairId,
                day);
        assertThat(standings.of(program, day)).isNotSameAs(afterSession);

        List<Standing> today = standings.of(program, day);
        assertThat(standings.of(program, day.plusDays(1))).as("another day").isNotSameAs(today);
    }
}
