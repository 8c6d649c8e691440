package org.upward.impact.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The record of the sponsor summaries sent ({@code sponsor_summary}): one monthly summary per program and
 * calendar month, one final summary per program, enforced by the table's keys.
 */
@Component
class SentSummaries {

    private final JdbcTemplate jdbc;

    SentSummaries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims the program's summary of the month starting {@code month}: true for exactly one caller, however many
     * run at once (a second insert waits for the first's transaction and then does nothing), and never again once
     * it is committed.
     */
    boolean claimMonthly(long programId, LocalDate month, Instant now) {
        return jdbc.update(
                        "insert into sponsor_summary (program_id, kind, month, sent_at) values (?, 'MONTHLY', ?, ?)"
                                + " on conflict do nothing",
                        programId,
                        Date.valueOf(month),
                        Timestamp.from(now))
                == 1;
    }

    /** Notes that the program's final summary is to be sent, unless it already is (or was). */
    void finalDue(long programId, LocalDate month) {
        jdbc.update(
                "insert into sponsor_summary (program_id, kind, month) values (?, 'FINAL', ?) on conflict do nothing",
                programId,
                Date.valueOf(month));
    }

    /** Claims the program's waiting final summary: true for exactly one caller, as {@link #claimMonthly}. */
    boolean claimFinal(long programId, Instant now) {
        return jdbc.update(
                        "update sponsor_summary set sent_at = ? where program_id = ? and kind = 'FINAL'"
                                + " and sent_at is null",
                        Timestamp.from(now),
                        programId)
                == 1;
    }

    /** The programs whose final summary is still waiting, oldest first. */
    List<Long> waitingFinals() {
        return jdbc.queryForList(
                "select program_id from sponsor_summary where sent_at is null order by month, program_id", Long.class);
    }
}
