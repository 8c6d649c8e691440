package org.upward.people.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Carries out the leave dates that arrive today (typed or imported earlier for a day in the future), on one
 * instance at a time ({@code upward.departures.cron}, just after midnight by default; "-" turns it off).
 */
@Component
class DeparturesJob {

    private final Departures departures;

    DeparturesJob(Departures departures) {
        this.departures = departures;
    }

    @Scheduled(cron = "${upward.departures.cron:0 5 0 * * *}", zone = "UTC")
    @SchedulerLock(name = "departures", lockAtMostFor = "PT30M", lockAtLeastFor = "PT5S")
    public void run() {
        departures.settleAll();
    }
}
