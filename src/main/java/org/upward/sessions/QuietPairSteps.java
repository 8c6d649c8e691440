package org.upward.sessions;

import java.time.LocalDate;

/**
 * The relationship-health steps due on a day (a nudge, the admins' alert, the warning, the close for inactivity),
 * each at most once per pair and quiet run: the hourly job sends today's, the demo replays its past ones.
 */
public interface QuietPairSteps {

    /** Sends the steps due on {@code day}; answers how many were sent (closes included). */
    int sendDue(LocalDate day);
}
