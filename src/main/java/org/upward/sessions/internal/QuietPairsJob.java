package org.upward.sessions.internal;

import java.time.Clock;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the quiet pairs' steps on a schedule ({@code upward.pair-health.cron}, hourly at half past by default; "-"
 * turns it off). ShedLock runs it on one instance at a time; {@link HealthSteps} keeps each step to one sending per
 * pair and quiet run even when runs overlap or repeat.
 */
@Component
class QuietPairsJob {

    private static final Logger log = LoggerFactory.getLogger(QuietPairsJob.class);

    private final QuietPairs quietPairs;
    private final Clock clock;

    QuietPairsJob(QuietPairs quietPairs, Clock clock) {
        this.quietPairs = quietPairs;
        this.clock = clock;
    }

    @Scheduled(cron = "${upward.pair-health.cron:0 30 * * * *}", zone = "UTC")
    @SchedulerLock(
            name = "pair-health",
            lockAtMostFor = "${upward.pair-health.lock-at-most-for:PT30M}",
            lockAtLeastFor = "${upward.pair-health.lock-at-least-for:PT10S}")
    public void run() {
        int sent = quietPairs.sendDue(LocalDate.now(clock));
        if (sent > 0) {
            log.info("Quiet pairs: {} step(s) sent", sent);
        }
    }
}
