package org.upward.sessions.internal;

import java.time.LocalDate;
import org.upward.sessions.ActivityStatus;

/**
 * A pair's status from its activity, in the program's cadence periods. A period counts as <em>active</em> for a
 * pair when it logged a session in it, or when both partners checked in in it (one partner's check-in alone says
 * nothing about the pair meeting). Then:
 * <ul>
 *   <li>on track: active in the current period (or the program has not started);
 *   <li>due: not yet active in the current period, but active in the previous one;
 *   <li>overdue: not active in the previous full period either;
 *   <li>quiet: not active in the two previous full periods: time for the admin to check in or swap the pair.
 * </ul>
 * A pair that was never active counts from the period it was paired in, as if it met just before it.
 */
final class ActivityRules {

    private ActivityRules() {}

    static ActivityStatus status(CadencePeriods periods, LocalDate today, LocalDate lastSession, LocalDate pairedOn) {
        return status(periods, today, lastSession, null, pairedOn);
    }

    /**
     * @param lastJointCheckIn the latest period in which both partners checked in, or null
     */
    static ActivityStatus status(
            CadencePeriods periods,
            LocalDate today,
            LocalDate lastSession,
            Integer lastJointCheckIn,
            LocalDate pairedOn) {
        int current = periods.indexOf(today);
        if (current < 0) {
            return ActivityStatus.ON_TRACK;
        }
        int lastActive = Math.max(periods.indexOf(pairedOn), 0) - 1;
        if (lastSession != null || lastJointCheckIn != null) {
            lastActive = Math.max(
                    lastSession == null ? Integer.MIN_VALUE : periods.indexOf(lastSession),
                    lastJointCheckIn == null ? Integer.MIN_VALUE : lastJointCheckIn);
        }
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
