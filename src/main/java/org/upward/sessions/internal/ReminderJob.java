package org.upward.sessions.internal;

import java.time.Clock;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends due reminders on a schedule ({@code upward.reminders.cron}, hourly by default; "-" turns it off).
 * ShedLock runs it on one instance at a time; {@link SentReminders} keeps it to one reminder per period
 * even when runs overlap or repeat.
 */
@Component
class ReminderJob {

    private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);

    private final Reminders reminders;
    private final Clock clock;

    ReminderJob(Reminders reminders, Clock clock) {
        this.reminders = reminders;
        this.clock = clock;
    }

    @Scheduled(cron = "${upward.reminders.cron:0 0 * * * *}", zone = "UTC")
    @SchedulerLock(
            name = "reminders",
            lockAtMostFor = "${upward.reminders.lock-at-most-for:PT30M}",
            lockAtLeastFor = "${upward.reminders.lock-at-least-for:PT10S}")
    public void run() {
        int reminded = reminders.sendDue(LocalDate.now(clock));
        if (reminded > 0) {
            log.info("Reminders sent to {} pair(s)", reminded);
        }
    }
}
