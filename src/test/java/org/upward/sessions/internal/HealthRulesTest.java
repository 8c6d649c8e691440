package org.upward.sessions.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.upward.pairing.PairHealth;
import org.upward.sessions.ActivityStatus;

/**
 * The health rules with fixed dates: a program started Monday 2027-01-04 with a two-week cadence, closing after 4
 * quiet periods. Period 0: Jan 4–17, 1: Jan 18–31, 2: Feb 1–14, 3: Feb 15–28, 4: Mar 1–14, 5: Mar 15–28.
 */
class HealthRulesTest {

    private static final LocalDate START = LocalDate.of(2027, 1, 4);
    private static final CadencePeriods PERIODS = new CadencePeriods(START, 2);

    private static HealthRules.Health on(LocalDate today, LocalDate lastSession) {
        return HealthRules.of(PERIODS, today, lastSession, null, null, START, 4);
    }

    @Test
    void theCurrentPeriodNeverCountsAsQuiet() {
        assertThat(on(LocalDate.of(2027, 1, 10), null).health()).isEqualTo(PairHealth.ON_TRACK);
        assertThat(on(LocalDate.of(2027, 1, 31), LocalDate.of(2027, 1, 5)).quietPeriods())
                .isZero();
    }

    @Test
    void onePeriodQuietNeedsANudgeTwoToThreeAreAtRiskFourAreClosing() {
        LocalDate session = LocalDate.of(2027, 1, 5); // period 0
        assertThat(on(LocalDate.of(2027, 2, 1), session))
                .isEqualTo(new HealthRules.Health(PairHealth.NEEDS_NUDGE, 1, LocalDate.of(2027, 1, 18)));
        assertThat(on(LocalDate.of(2027, 2, 15), session).health()).isEqualTo(PairHealth.AT_RISK);
        assertThat(on(LocalDate.of(2027, 3, 1), session).health()).isEqualTo(PairHealth.AT_RISK);
        assertThat(on(LocalDate.of(2027, 3, 15), session))
                .isEqualTo(new HealthRules.Health(PairHealth.CLOSING, 4, LocalDate.of(2027, 1, 18)));
        assertThat(on(LocalDate.of(2027, 3, 15), session).dueStep()).isEqualTo(HealthStep.WARNING);
    }

    @Test
    void theHealthFollowsTheBoardStatusOnePeriodLater() {
        LocalDate session = LocalDate.of(2027, 1, 5);
        for (LocalDate day = START; day.isBefore(LocalDate.of(2027, 4, 30)); day = day.plusDays(1)) {
            ActivityStatus status = ActivityRules.status(PERIODS, day, session, START);
            PairHealth health = on(day, session).health();
            switch (status) {
                case ON_TRACK, DUE -> assertThat(health).as(day.toString()).isEqualTo(PairHealth.ON_TRACK);
                case OVERDUE -> assertThat(health).as(day.toString()).isEqualTo(PairHealth.NEEDS_NUDGE);
                case QUIET -> assertThat(health).as(day.toString()).isIn(PairHealth.AT_RISK, PairHealth.CLOSING);
            }
        }
    }

    @Test
    void theProgramSettingMovesTheClose() {
        assertThat(HealthRules.health(3, 3)).isEqualTo(PairHealth.CLOSING);
        assertThat(HealthRules.health(3, 4)).isEqualTo(PairHealth.AT_RISK);
        assertThat(HealthRules.health(11, 12)).isEqualTo(PairHealth.AT_RISK);
        assertThat(HealthRules.health(12, 12)).isEqualTo(PairHealth.CLOSING);
        assertThat(HealthRules.health(0, 4)).isEqualTo(PairHealth.ON_TRACK);
    }

    @Test
    void aNeverActivePairCountsFromThePeriodItWasPairedIn() {
        LocalDate pairedOn = LocalDate.of(2027, 1, 20); // period 1
        HealthRules.Health health = HealthRules.of(PERIODS, LocalDate.of(2027, 2, 1), null, null, null, pairedOn, 4);
        assertThat(health.quietPeriods())
                .as("the period it was paired in, once over")
                .isEqualTo(1);
        assertThat(health.runStart()).isEqualTo(LocalDate.of(2027, 1, 18));
    }

    @Test
    void aJointCheckInOrAKeepEndsTheQuietRunAndALaterOneStartsAfresh() {
        LocalDate today = LocalDate.of(2027, 3, 15);
        HealthRules.Health checkedIn = HealthRules.of(PERIODS, today, null, 4, null, START, 4);
        assertThat(checkedIn.health()).isEqualTo(PairHealth.ON_TRACK);
        HealthRules.Health kept = HealthRules.of(PERIODS, today, null, null, LocalDate.of(2027, 3, 15), START, 4);
        assertThat(kept.health()).isEqualTo(PairHealth.ON_TRACK);
        HealthRules.Health later =
                HealthRules.of(PERIODS, LocalDate.of(2027, 4, 12), null, null, LocalDate.of(2027, 3, 15), START, 4);
        assertThat(later).isEqualTo(new HealthRules.Health(PairHealth.NEEDS_NUDGE, 1, LocalDate.of(2027, 3, 29)));
    }

    @Test
    void beforeTheProgramStartsEveryPairIsOnTrackAndAWarnedPairClosesAWeekLater() {
        assertThat(on(START.minusDays(3), null).health()).isEqualTo(PairHealth.ON_TRACK);
        assertThat(HealthRules.closesOn(LocalDate.of(2027, 3, 15))).isEqualTo(LocalDate.of(2027, 3, 22));
    }
}
