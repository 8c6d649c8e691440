package org.upward.impact.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
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

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private long[] anExecutiveAndAProgram() {
        long account = jdbc.queryForObject(
                "select a.id from account a join person p on p.id = a.person_id where p.email = ?",
                Long.class,
                EXECUTIVE);
        long program = jdbc.queryForObject("select min(id) from program where not template", Long.class);
        jdbc.update("delete from dashboard_visit where account_id = ? and program_id = ?", account, program);
        return new long[] {account, program};
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
