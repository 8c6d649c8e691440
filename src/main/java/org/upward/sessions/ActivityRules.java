package org.upward.sessions;

import java.time.LocalDate;

/**
 * A pair's status from its last session, in the program's cadence periods:
 * <ul>
 *   <li>on track: a session in the current period (or the program has not started);
 *   <li>due: none yet in the current period, but one in the previous period;
 *   <li>overdue: none in the previous full period either;
 *   <li>quiet: none in the two previous full periods: time for the admin to check in or swap the pair.
 * </ul>
 * A pair that never met counts from the period it was paired in, as if it met just before it.
 */
final class ActivityRules {

    private ActivityRules() {}

    static ActivityStatus status(CadencePeriods periods, LocalDate today, LocalDate lastSession, LocalDate pairedOn) {
        int current = periods.indexOf(today);
        if (current < 0) {
            return ActivityStatus.ON_TRACK;
        }
        int lastActive =
                lastSession != null ? periods.indexOf(lastSession) : Math.max(periods.indexOf(pairedOn), 0) - 1;
        int missed = current - lastActive;
        if (missed <= 0) {
            return ActivityStatus.ON_TRACK;
        }
        if (missed == 1) {
            return ActivityStatus.DUE;
        }
        return missed == 2 ? ActivityStatus.OVERDUE : ActivityStatus.QUIET;
    }
}
