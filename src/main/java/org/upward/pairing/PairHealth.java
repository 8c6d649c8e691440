package org.upward.pairing;

/**
 * How an ACTIVE pair keeps up, counted in full cadence periods without a session or a joint check-in since its last
 * activity (the sessions module's {@code HealthRules} decides): on track (none), needs a nudge (one), at risk (two up
 * to one less than the program's {@code quietPeriodsBeforeClose}), closing (that many or more: both partners and the
 * admins are warned, and the pair closes for inactivity 7 days after the warning unless someone acts).
 */
public enum PairHealth {
    ON_TRACK,
    NEEDS_NUDGE,
    AT_RISK,
    CLOSING
}
