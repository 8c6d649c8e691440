package org.upward.retention.internal;

import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Applies the retention policy nightly ({@code upward.retention.cron}, 03:15 UTC by default; "-" turns it off).
 * ShedLock runs it on one instance at a time, and its lower lock time keeps a second instance firing at the same
 * moment from running it again; a repeated run finds nothing more to remove anyway.
 */
@Component
class RetentionJob {

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    private final RetentionRuns runs;

    RetentionJob(RetentionRuns runs) {
        this.runs = runs;
    }

    @Scheduled(cron = "${upward.retention.cron:0 15 3 * * *}", zone = "UTC")
    @SchedulerLock(
            name = "retention",
            lockAtMostFor = "${upward.retention.lock-at-most-for:PT1H}",
            lockAtLeastFor = "${upward.retention.lock-at-least-for:PT5M}")
    public void run() {
        List<RetentionCount> counts = runs.run();
        log.info(
                "Retention run: {} row(s) blanked or deleted",
                counts.stream().mapToLong(RetentionCount::count).sum());
    }
}
