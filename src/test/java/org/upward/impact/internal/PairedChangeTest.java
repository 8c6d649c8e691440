package org.upward.impact.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Checked against published values: R's {@code t.test} and {@code wilcox.test} on textbook data sets. */
class PairedChangeTest {

    /** Student's (1908) sleep data: extra hours of sleep with drug 1 and drug 2, the same ten patients. */
    private static final double[] DRUG_1 = {0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0};

    private static final double[] DRUG_2 = {1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4};

    /** Hollander and Wolfe's depression scale, first and second visit (R's wilcox.test example). */
    private static final double[] SECOND_VISIT = {0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29};

    private static final double[] FIRST_VISIT = {1.83, 0.50, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.30};

    @Test
    void pairedTTestConfidenceIntervalAndEffectSizeMatchTheTextbook() {
        PairedChange change = PairedChange.of(DRUG_1, DRUG_2);

        assertThat(change.n()).isEqualTo(10);
        assertThat(change.meanBefore()).isCloseTo(0.75, within(1e-9));
        assertThat(change.meanAfter()).isCloseTo(2.33, within(1e-9));
        assertThat(change.meanChange()).isCloseTo(1.58, within(1e-9));
        // R: t = 4.0621, df = 9, p-value = 0.002833, 95 percent CI 0.7001142 2.4598858
        assertThat(change.tTestP()).isCloseTo(0.002833, within(1e-6));
        assertThat(change.ciLow()).isCloseTo(0.7001142, within(1e-6));
        assertThat(change.ciHigh()).isCloseTo(2.4598858, within(1e-6));
        // d_z = 1.58 / 1.229995
        assertThat(change.cohensDz()).isCloseTo(1.284558, within(1e-6));
        assertThat(change.effectSize()).isEqualTo(EffectSize.LARGE);
        assertThat(change.isClear()).isTrue();
    }

    @Test
    void exactWilcoxonSignedRankMatchesTheTextbook() {
        // R: wilcox.test(x, y, paired = TRUE) gives V = 40, p-value = 0.03906
        PairedChange change = PairedChange.of(FIRST_VISIT, SECOND_VISIT);

        assertThat(change.wilcoxonP()).isCloseTo(0.0390625, within(1e-7));
    }

    @Test
    void largeSamplesUseTheNormalApproximationOfWilcoxon() {
        double[] before = new double[60];
        double[] after = new double[60];
        for (int i = 0; i < 60; i++) {
            before[i] = 3;
            // changes -0.1 … -2.0, then 2.1 … 6.0: no ties, no zeros; W- = 1 + … + 20 = 210 of 1830
            after[i] = 3 + (i < 20 ? -1 : 1) * (i + 1) / 10.0;
        }

        PairedChange change = PairedChange.of(before, after);

        // R, correct = TRUE: z = (|210 - 915| - 0.5) / sqrt(60·61·121 / 24), two-sided p = 2.1457e-7
        assertThat(change.wilcoxonP()).isCloseTo(2.1457e-7, within(1e-10));
    }

    @Test
    void likertRatingsWithTiesAndZerosUseTheTieCorrectedApproximation() {
        double[] pre = {3, 2, 4, 3, 2, 3, 1, 2, 3, 4, 2, 3};
        double[] post = {4, 3, 4, 4, 3, 3, 3, 2, 4, 5, 3, 4};

        // R: wilcox.test(post, pre, paired = TRUE) drops the three zeros: V = 45, p-value = 0.004764
        assertThat(PairedChange.of(pre, post).wilcoxonP()).isCloseTo(0.0047636, within(1e-7));
    }

    @Test
    void noChangeIsNotClearAndItsTestsCannotBeComputed() {
        double[] same = {3, 4, 2, 5, 3};

        PairedChange change = PairedChange.of(same, same);

        assertThat(change.meanChange()).isZero();
        assertThat(change.ciLow()).isZero();
        assertThat(change.isClear()).isFalse();
        assertThat(change.tTestP()).isNaN();
        assertThat(change.wilcoxonP()).isNaN();
        assertThat(change.effectSize()).isEqualTo(EffectSize.UNKNOWN);
    }

    @Test
    void anIntervalThatIncludesZeroIsNoClearChange() {
        PairedChange change = PairedChange.of(new double[] {3, 3, 3, 3, 3}, new double[] {4, 2, 3, 4, 2});

        assertThat(change.meanChange()).isCloseTo(0.0, within(1e-9));
        assertThat(change.isClear()).isFalse();
        assertThat(ChangeSentence.of("Negotiation", "mentors", change))
                .isEqualTo(
                        "Negotiation: mentors changed by 0.0 points (95% CI −1.2 to 1.2), which is no clear change.");
    }

    @Test
    void aClearImprovementIsSaidInPlainWords() {
        assertThat(ChangeSentence.of("Sleep", "patients", PairedChange.of(DRUG_1, DRUG_2)))
                .isEqualTo("Sleep: patients improved by 1.6 points (95% CI 0.7–2.5), a large effect.");
    }

    @Test
    void fewerThanFivePeopleAreNotReported() {
        PairedChange four = PairedChange.of(new double[] {1, 2, 1, 2}, new double[] {4, 5, 4, 4});
        PairedChange five = PairedChange.of(new double[] {1, 2, 1, 2, 1}, new double[] {4, 5, 4, 4, 3});

        assertThat(SmallGroups.suppressed(four.n())).isTrue();
        assertThat(SmallGroups.suppressed(five.n())).isFalse();
        assertThat(ChangeSentence.of("AI assistants", "mentees", four))
                .isEqualTo("AI assistants: too few mentees answered before and after to report (fewer than 5).");
        assertThat(ChangeSentence.of("AI assistants", "mentees", five)).contains("improved by 2.6 points");
    }

    @Test
    void onePairHasAMeanButNoInterval() {
        PairedChange change = PairedChange.of(new double[] {2}, new double[] {4});

        assertThat(change.meanChange()).isEqualTo(2.0);
        assertThat(change.ciLow()).isNaN();
        assertThat(change.isClear()).isFalse();
    }
}
