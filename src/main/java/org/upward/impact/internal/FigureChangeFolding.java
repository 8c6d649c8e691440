package org.upward.impact.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Folds the logged changes of the figures' sources into their counts ({@code upward.figure-changes.fold-every},
 * every minute by default), so reading a program's {@link FigureStamp} counts a few rows however busy the
 * program is. One statement: the counts a reader sees are the same before and after it.
 */
@Component
class FigureChangeFolding {

    private static final String SQL =
            """
            with folded as (delete from figure_change returning program_id, source)
            insert into figure_stamp (program_id, source, folded)
            select program_id, source, count(*) from folded group by program_id, source
            on conflict (program_id, source) do update set folded = figure_stamp.folded + excluded.folded
            """;

    private final JdbcTemplate jdbc;

    FigureChangeFolding(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Scheduled(fixedDelayString = "${upward.figure-changes.fold-every:PT1M}")
    @SchedulerLock(name = "figure-change-folding", lockAtMostFor = "PT5M", lockAtLeastFor = "PT5S")
    public void run() {
        fold();
    }

    void fold() {
        jdbc.update(SQL);
    }
}
