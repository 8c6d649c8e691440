package org.upward.sessions.internal;

import java.time.LocalDate;
import org.upward.pairing.PairHealth;

/**
 * An ACTIVE pair's health, from the full cadence periods it has been quiet. A period is <em>active</em> by the status
 * board's rule (a session logged in it, or both partners' check-ins; see {@link ActivityRules}); an admin's "keep this
 * pair" counts as activity on that day. The <em>quiet periods</em> are the full periods since the last active one,
 * not counting the current period, which is not over: {@code current - lastActive - 1}. A pair never active counts
 * from the period it was paired in, as {@link ActivityRules} does. Then, with {@code n} the program's
 * {@code quietPeriodsBeforeClose}:
 * <ul>
 *   <li>on track: no quiet period (the board's "on track" and "due");
 *   <li>needs a nudge: one (the board's "overdue"), both partners get a friendly nudge;
 *   <li>at risk: two up to {@code n - 1} (the board's "quiet"), the admins are alerted;
 *   <li>closing: {@code n} or more, both partners and the admins are warned, and the pair closes 7 days after the
 *       warning unless a session, a joint check-in or a "keep" comes first.
 * </ul>
 * The quiet run starts on the first day of the first quiet period; activity ends it, and a later quiet run starts
 * afresh, so its steps are sent again.
 */
final class HealthRules {

    /** The days between the warning and the close. */
    static final int DAYS_TO_ACT = 7;

    /** A pair's health on a day: how many full periods it has been quiet, since when, and what that makes it. */
    record Health(PairHealth health, int quietPeriods, LocalDate runStart) {

        /** The step of the quiet run due now: the highest one reached, or null when on track. */
        HealthStep dueStep() {
            return switch (health) {
                case ON_TRACK -> null;
                case NEEDS_NUDGE -> HealthStep.NUDGE;
                case AT_RISK -> HealthStep.ALERT;
                case CLOSING -> HealthStep.WARNING;
            };
        }
    }

    private HealthRules() {}

    /**
     * @param lastJointCheckIn the latest period in which both partners checked in, or null
     * @param keptOn the day an admin last kept the pair, or null
     */
    static Health of(
            CadencePeriods periods,
            LocalDate today,
            LocalDate lastSession,
            Integer lastJointCheckIn,
            LocalDate keptOn,
            LocalDate pairedOn,
            int quietPeriodsBeforeClose) {
        int current = periods.indexOf(today);
        int lastActive = Math.max(periods.indexOf(pairedOn), 0) - 1;
        if (lastSession != null || lastJointCheckIn != null) {
            lastActive = Math.max(
                    lastSession == null ? Integer.MIN_VALUE : periods.indexOf(lastSession),
                    lastJointCheckIn == null ? Integer.MIN_VALUE : lastJointCheckIn);
        }
        if (keptOn != null) {
            lastActive = Math.max(lastActive, periods.indexOf(keptOn));
        }
        int quiet = current < 0 ? 0 : Math.max(current - lastActive - 1, 0);
        return new Health(health(quiet, quietPeriodsBeforeClose), quiet, periods.firstDay(lastActive + 1));
    }

    static PairHealth health(int quietPeriods, int quietPeriodsBeforeClose) {
        if (quietPeriods <= 0) {
            return PairHealth.ON_TRACK;
        }
        if (quietPeriods == 1) {
            return PairHealth.NEEDS_NUDGE;
        }
        return quietPeriods < quietPeriodsBeforeClose ? PairHealth.AT_RISK : PairHealth.CLOSING;
    }

    /** The day a warned pair closes, unless someone acts before. */
    static LocalDate closesOn(LocalDate warnedOn) {
        return warnedOn.plusDays(DAYS_TO_ACT);
    }
}
