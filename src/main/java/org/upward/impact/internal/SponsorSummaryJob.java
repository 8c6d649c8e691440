package org.upward.impact.internal;

import java.time.Clock;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the sponsors' monthly summaries on a schedule ({@code upward.sponsor-summaries.cron}, daily at 07:00 UTC by
 * default, so each month's go out on its first day; "-" turns it off), and any final summary still waiting.
 * ShedLock runs it on one instance at a time; {@link SentSummaries} keeps it to one summary per program and month
 * even when runs overlap or repeat.
 */
@Component
class SponsorSummaryJob {

    private static final Logger log = LoggerFactory.getLogger(SponsorSummaryJob.class);

    private final SponsorSummaries summaries;
    private final Clock clock;

    SponsorSummaryJob(SponsorSummaries summaries, Clock clock) {
        this.summaries = summaries;
        this.clock = clock;
    }

    @Scheduled(cron = "${upward.sponsor-summaries.cron:0 0 7 * * *}", zone = "UTC")
    @SchedulerLock(
            name = "sponsor-summaries",
            lockAtMostFor = "${upward.sponsor-summaries.lock-at-most-for:PT30M}",
            lockAtLeastFor = "${upward.sponsor-summaries.lock-at-least-for:PT10S}")
    public void run() {
        int sent = summaries.sendMonthly(LocalDate.now(clock)) + summaries.sendWaitingFinals();
        if (sent > 0) {
            log.info("Sponsor summaries sent for {} program(s)", sent);
        }
    }
}
