package org.upward.sessions.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.upward.sessions.ActivityStatus;

/** The status rules with fixed dates: a program started Monday 2027-01-04 with a two-week cadence. */
class ActivityRulesTest {

    private static final LocalDate START = LocalDate.of(2027, 1, 4);
    private static final CadencePeriods PERIODS = new CadencePeriods(START, 2);
    // period 0: Jan 4–17, 1: Jan 18–31, 2: Feb 1–14, 3: Feb 15–28, 4: Mar 1–14
    private static final LocalDate TODAY = LocalDate.of(2027, 3, 3);

    private static ActivityStatus status(LocalDate lastSession) {
        return ActivityRules.status(PERIODS, TODAY, lastSession, START);
    }

    @Test
    void periodsAreCountedFromTheProgramStart() {
        assertThat(PERIODS.indexOf(START)).isZero();
        assertThat(PERIODS.indexOf(LocalDate.of(2027, 1, 17))).isZero();
        assertThat(PERIODS.indexOf(LocalDate.of(2027, 1, 18))).isEqualTo(1);
        assertThat(PERIODS.indexOf(TODAY)).isEqualTo(4);
        assertThat(PERIODS.indexOf(START.minusDays(1))).isEqualTo(-1);
        assertThat(PERIODS.firstDay(4)).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(PERIODS.lastDay(4)).isEqualTo(LocalDate.of(2027, 3, 14));
    }

    @Test
    void aSessionInTheCurrentPeriodIsOnTrack() {
        assertThat(status(LocalDate.of(2027, 3, 1))).isEqualTo(ActivityStatus.ON_TRACK);
    }

    @Test
    void noSessionYetThisPeriodIsDue() {
        assertThat(status(LocalDate.of(2027, 2, 28))).isEqualTo(ActivityStatus.DUE);
        assertThat(status(LocalDate.of(2027, 2, 15))).isEqualTo(ActivityStatus.DUE);
    }

    @Test
    void noSessionInThePreviousFullPeriodIsOverdue() {
        assertThat(status(LocalDate.of(2027, 2, 14))).isEqualTo(ActivityStatus.OVERDUE);
    }

    @Test
    void noSessionForTwoFullPeriodsIsQuiet() {
        assertThat(status(LocalDate.of(2027, 1, 31))).isEqualTo(ActivityStatus.QUIET);
        assertThat(status(LocalDate.of(2027, 1, 4))).isEqualTo(ActivityStatus.QUIET);
    }

    @Test
    void aPairThatNeverMetCountsFromWhenItWasPaired() {
        assertThat(ActivityRules.status(PERIODS, TODAY, null, LocalDate.of(2027, 3, 2)))
                .isEqualTo(ActivityStatus.DUE);
        assertThat(ActivityRules.status(PERIODS, TODAY, null, LocalDate.of(2027, 2, 20)))
                .isEqualTo(ActivityStatus.OVERDUE);
        assertThat(ActivityRules.status(PERIODS, TODAY, null, LocalDate.of(2027, 2, 1)))
                .isEqualTo(ActivityStatus.QUIET);
        assertThat(ActivityRules.status(PERIODS, START, null, START.minusWeeks(3)))
                .isEqualTo(ActivityStatus.DUE);
    }

    @Test
    void nothingIsDueBeforeTheProgramStarts() {
        assertThat(ActivityRules.status(PERIODS, START.minusDays(1), null, START.minusDays(10)))
                .isEqualTo(ActivityStatus.ON_TRACK);
    }

    @Test
    void aPeriodInWhichBothPartnersCheckedInCountsLikeASession() {
        // last session in period 0, both partners checked in in period 3 (or 4): due (or on track), not quiet
        assertThat(ActivityRules.status(PERIODS, TODAY, START, 3, START)).isEqualTo(ActivityStatus.DUE);
        assertThat(ActivityRules.status(PERIODS, TODAY, START, 4, START)).isEqualTo(ActivityStatus.ON_TRACK);
        assertThat(ActivityRules.status(PERIODS, TODAY, null, 2, START)).isEqualTo(ActivityStatus.OVERDUE);
        // a later session still wins over an older joint check-in
        assertThat(ActivityRules.status(PERIODS, TODAY, LocalDate.of(2027, 3, 2), 1, START))
                .isEqualTo(ActivityStatus.ON_TRACK);
        assertThat(ActivityRules.status(PERIODS, TODAY, null, null, START)).isEqualTo(ActivityStatus.QUIET);
    }
}
