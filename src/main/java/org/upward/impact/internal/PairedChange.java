package org.upward.impact.internal;

import java.util.Arrays;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.inference.TTest;
import org.apache.commons.statistics.inference.WilcoxonSignedRankTest;

/**
 * The change between paired measurements (the same people before and after): the mean change with its 95%
 * confidence interval, a paired t-test and a Wilcoxon signed-rank test (both two-sided), and the effect size
 * Cohen's d_z (mean change over the standard deviation of the changes).
 *
 * <p>Statistics that need more data than there is are {@code NaN}: a confidence interval and tests need two
 * pairs, and both tests and d_z need changes that are not all the same.
 *
 * <p>The Wilcoxon test comes from Commons Statistics, not Commons Math 3: with ratings on a 1–5 scale ties and
 * zero changes are the rule, and Commons Math 3.6 neither corrects its normal approximation for ties nor
 * applies the continuity correction towards the mean. As R does, zero changes are left out, the p-value is
 * exact for fewer than 50 changes without ties, and otherwise comes from the tie-corrected normal
 * approximation with a continuity correction.
 */
record PairedChange(
        int n,
        double meanBefore,
        double meanAfter,
        double meanChange,
        double ciLow,
        double ciHigh,
        double tTestP,
        double wilcoxonP,
        double cohensDz) {

    public static PairedChange of(double[] before, double[] after) {
        if (before.length != after.length) {
            throw new IllegalArgumentException("paired samples differ in size");
        }
        int n = before.length;
        if (n == 0) {
            return new PairedChange(0, NaN, NaN, NaN, NaN, NaN, NaN, NaN, NaN);
        }
        double[] changes = new double[n];
        Arrays.setAll(changes, i -> after[i] - before[i]);
        double meanChange = StatUtils.mean(changes);
        if (n < 2) {
            return new PairedChange(
                    n, StatUtils.mean(before), StatUtils.mean(after), meanChange, NaN, NaN, NaN, NaN, NaN);
        }
        double sd = Math.sqrt(StatUtils.variance(changes));
        double margin = new TDistribution(n - 1).inverseCumulativeProbability(0.975) * sd / Math.sqrt(n);
        boolean varies = sd > 0;
        return new PairedChange(
                n,
                StatUtils.mean(before),
                StatUtils.mean(after),
                meanChange,
                meanChange - margin,
                meanChange + margin,
                varies ? new TTest().pairedTTest(after, before) : NaN,
                varies ? wilcoxon(changes) : NaN,
                varies ? meanChange / sd : NaN);
    }

    /** True when the 95% confidence interval excludes no change, so the data show a change in one direction. */
    public boolean isClear() {
        return ciLow > 0 || ciHigh < 0;
    }

    public EffectSize effectSize() {
        return EffectSize.of(cohensDz);
    }

    private static double wilcoxon(double[] changes) {
        double[] nonZero = Arrays.stream(changes).filter(change -> change != 0).toArray();
        return WilcoxonSignedRankTest.withDefaults().test(nonZero).getPValue();
    }

    private static final double NaN = Double.NaN;
}
