package org.upward.impact.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Expected values from scipy.stats.pearsonr and Fisher's z interval computed independently. */
class CorrelationTest {

    @Test
    void pearsonWithFisherInterval() {
        double[] score = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        double[] feedback = {2, 1, 4, 3, 7, 8, 6, 9, 12, 10};

        Correlation correlation = Correlation.of(score, feedback);

        assertThat(correlation.n()).isEqualTo(10);
        assertThat(correlation.r()).isCloseTo(0.9261797, within(1e-6));
        assertThat(correlation.p()).isCloseTo(1.18763e-4, within(1e-8));
        assertThat(correlation.ciLow()).isCloseTo(0.7114102, within(1e-6));
        assertThat(correlation.ciHigh()).isCloseTo(0.9827299, within(1e-6));
    }

    @Test
    void fromAnRComputedElsewhereTheIntervalAndPAreTheSame() {
        Correlation fromR = Correlation.of(0.9261797113999299, 10);

        assertThat(fromR.p()).isCloseTo(1.18763e-4, within(1e-8));
        assertThat(fromR.ciLow()).isCloseTo(0.7114102, within(1e-6));
        assertThat(fromR.ciHigh()).isCloseTo(0.9827299, within(1e-6));
    }

    @Test
    void aConstantVariableHasNoCorrelation() {
        Correlation correlation = Correlation.of(new double[] {1, 2, 3, 4}, new double[] {5, 5, 5, 5});

        assertThat(correlation.r()).isNaN();
        assertThat(correlation.ciLow()).isNaN();
    }

    @Test
    void threePairsHaveACorrelationButNoInterval() {
        Correlation correlation = Correlation.of(new double[] {1, 2, 3}, new double[] {1, 3, 2});

        assertThat(correlation.r()).isCloseTo(0.5, within(1e-9));
        assertThat(correlation.ciLow()).isNaN();
    }
}
