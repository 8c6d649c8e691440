package org.upward.survey.internal;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes the drafts nobody sent before their wave closed, so no named half-answers outlive a wave.
 * Runs nightly; running on several instances at once is harmless (the delete is idempotent).
 */
@Component
class DraftCleanup {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    DraftCleanup(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Scheduled(cron = "0 17 3 * * *", zone = "UTC")
    @Transactional
    public int deleteDraftsOfClosedWaves() {
        return jdbc.update(
                "delete from survey_draft d using survey_wave w where w.id = d.wave_id and w.closes_on < ?",
                LocalDate.now(clock));
    }
}
