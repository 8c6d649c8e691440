package org.upward.impact.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.upward.support.IntegrationTest;
import org.upward.support.MutableClock;

/** Opening a dashboard records the day it was seen; another view the same day writes nothing. */
class DashboardVisitLogTest extends IntegrationTest {

    @Autowired
    DashboardVisitLog visits;

    @Autowired
    MutableClock clock;

    private long[] who;
    private List<Map<String, Object>> before;

    /** Puts the executive's visit back as the test found it. */
    @AfterEach
    void restore() {
        clock.reset();
        jdbc.update("delete from dashboard_visit where account_id = ? and program_id = ?", who[0], who[1]);
        before.forEach(row -> jdbc.update(
                "insert into dashboard_visit (account_id, program_id, seen_at) values (?, ?, ?)",
                who[0],
                who[1],
                row.get("seen_at")));
    }

    private long[] anExecutiveAndAProgram() {
        long account = jdbc.queryForObject(
                "select a.id from account a join person p on p.id = a.person_id where p.email = ?",
                Long.class,
                EXECUTIVE);
        long program = jdbc.queryForObject("select min(id) from program where not template", Long.class);
        who = new long[] {account, program};
        before = jdbc.queryForList(
                "select seen_at from dashboard_visit where account_id = ? and program_id = ?", account, program);
        jdbc.update("delete from dashboard_visit where account_id = ? and program_id = ?", account, program);
        return who;
    }

    /** The row's version as PostgreSQL counts it: changes whenever the row is written. */
    private String rowVersion(long[] who) {
        return jdbc.queryForObject(
                "select xmin::text from dashboard_visit where account_id = ? and program_id = ?",
                String.class,
                who[0],
                who[1]);
    }

    @Test
    void aSecondViewTheSameDayWritesNothingAndTheNextDayIsRecorded() {
        long[] who = anExecutiveAndAProgram();
        visits.seen(who[0], who[1]);
        String first = rowVersion(who);
        Instant firstSeen = visits.lastSeen(who[0]).get(who[1]);

        clock.advance(Duration.ofMinutes(1));
        visits.seen(who[0], who[1]);

        assertThat(rowVersion(who)).isEqualTo(first);
        assertThat(visits.lastSeen(who[0]).get(who[1])).isEqualTo(firstSeen);

        clock.advance(Duration.ofDays(1));
        visits.seen(who[0], who[1]);

        assertThat(rowVersion(who)).isNotEqualTo(first);
        assertThat(LocalDate.ofInstant(visits.lastSeen(who[0]).get(who[1]), clock.getZone()))
                .isEqualTo(LocalDate.now(clock));
    }
}
