package org.upward.impact.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.upward.program.ProgramView;

/**
 * Reads how often each source of a program's figures has changed (V48 counts it in the database on every write),
 * in one statement, before the figures are read: a figure computed after this read is at least as new as the
 * counts, so keying it by them never shows one older than the data.
 */
@Component
class FigureStamps {

    private static final String SQL =
            """
            select source, sum(changes)::bigint as changes, current_date as today from (
                select source, folded as changes from figure_stamp where program_id in (?, 0)
                union all
                select source, count(*) from figure_change where program_id in (?, 0) group by source
            ) counted group by source
            union all
            select '', 0, current_date
            """;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    FigureStamps(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    FigureStamp of(ProgramView program) {
        Map<String, Long> changes = new HashMap<>();
        LocalDate[] databaseToday = {null};
        jdbc.query(
                SQL,
                rs -> {
                    changes.put(rs.getString("source"), rs.getLong("changes"));
                    databaseToday[0] = rs.getObject("today", LocalDate.class);
                },
                program.id(),
                program.id());
        return new FigureStamp(program, LocalDate.now(clock), databaseToday[0], changes);
    }
}
