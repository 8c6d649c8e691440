package org.upward.sessions.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.upward.program.ProgramService;
import org.upward.program.ProgramView;
import org.upward.sessions.internal.BoardStandings.Standing;
import org.upward.support.IntegrationTest;

/**
 * The status board's standings are kept per program while nothing they read has changed, and a session logged, a
 * pair kept or a warning sent shows on the next view at once, whatever path wrote it.
 */
class BoardStandingsTest extends IntegrationTest {

    @Autowired
    BoardStandings standings;

    @Autowired
    ProgramService programs;

    @Autowired
    Clock clock;

    private Standing of(List<Standing> all, long pairId) {
        return all.stream().filter(s -> s.pairId() == pairId).findFirst().orElseThrow();
    }

    @Test
    void keptWhileNothingChangedAndEveryChangeShowsAtOnce() throws Exception {
        Map<String, Object> pair = jdbc.queryForMap(
                "select p.id, p.program_id from mentoring_pair p join person m on m.id = p.mentor_id"
                        + " where m.email = ? and p.status = 'ACTIVE'"
                        + " and not exists (select 1 from pair_kept k where k.pair_id = p.id) order by p.id limit 1",
                MENTOR);
        long pairId = (Long) pair.get("id");
        ProgramView program = programs.get((Long) pair.get("program_id"));
        LocalDate day = LocalDate.now(clock);
        List<Standing> first = standings.of(program, day);

        assertThat(standings.of(program, day)).isSameAs(first);

        mvc.perform(post("/api/v1/pairs/" + pairId + "/sessions")
                        .with(httpBasic(MENTOR, DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"date\": \"" + day.minusDays(1) + "\", \"durationMinutes\": 30,"
                                + " \"format\": \"VIDEO\", \"skillsCovered\": []}"))
                .andExpect(status().isCreated());
        List<Standing> afterSession = standings.of(program, day);
        assertThat(of(afterSession, pairId).lastSession()).isEqualTo(day.minusDays(1));

        int kept = jdbc.update(
                "insert into pair_kept (pair_id, kept_on, kept_by_account_id, kept_at)"
                        + " select ?, current_date, min(id), now() from account",
                pairId);
        try {
            assertThat(kept).isOne();
            assertThat(standings.of(program, day)).isNotSameAs(afterSession);
        } finally {
            jdbc.update("delete from pair_kept where pair_id = ?", pairId);
        }
        assertThat(standings.of(program, day.plusDays(1))).as("another day").isNotSameAs(standings.of(program, day));
    }
}
