package org.upward.impact.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.upward.pairing.PairClosing;
import org.upward.sessions.ActivePair;
import org.upward.support.IntegrationTest;

/** A pair closed for inactivity counts like a dissolved one: agreed once, ended early, no longer active. */
class ClosedPairFiguresTest extends IntegrationTest {

    @Autowired
    PairClosing closing;

    @Autowired
    ParticipationQuery participation;

    @Autowired
    ActivityQuery activity;

    @Test
    void aClosedPairIsAnEndedPairInTheFigures() throws Exception {
        ActivePair pair = ActivePair.create(mvc, "2025-01-06", 2);
        pair.startProgram();
        assertThat(participation.of(pair.programId).swapRatePercent().n()).isEqualTo(2);

        assertThat(closing.closeForInactivity(pair.pairId, LocalDate.now(ZoneOffset.UTC)))
                .isTrue();
        assertThat(closing.closeForInactivity(pair.pairId, LocalDate.now(ZoneOffset.UTC)))
                .as("a closed pair stays closed")
                .isFalse();

        Participation figures = participation.of(pair.programId);
        assertThat(figures.activePairs().n()).as("no longer active").isZero();
        assertThat(figures.swapRatePercent().n())
                .as("still an agreed pair, ended early")
                .isEqualTo(2);
        assertThat(activity.of(pair.programId).pairs())
                .as("its activity still counts")
                .isEqualTo(1);
    }
}
