package org.upward.impact.internal;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.interval.WilsonScoreInterval;

/**
 * What the data say about one measure: the value with its 95% interval and the number of people (or pairs,
 * or outcomes) behind it. A mean's interval is Student's t; a share's is Wilson's score interval (sound for
 * small groups and shares near 0 or 100 %); a difference of two groups' means is Welch's t.
 */
record Evidence(double value, double low, double high, long n) {

    static final double CONFIDENCE = 0.95;

    static Evidence mean(double[] values) {
        int n = values.length;
        double mean = StatUtils.mean(values);
        if (n < 2) {
            return new Evidence(mean, Double.NaN, Double.NaN, n);
        }
        double margin = t(n - 1) * Math.sqrt(StatUtils.variance(values) / n);
        return new Evidence(mean, mean - margin, mean + margin, n);
    }

    /** A share in percent. */
    static Evidence share(long hits, long n) {
        var interval = new WilsonScoreInterval().createInterval((int) n, (int) hits, CONFIDENCE);
        return new Evidence(100.0 * hits / n, 100 * interval.getLowerBound(), 100 * interval.getUpperBound(), n);
    }

    /** {@code after}'s mean minus {@code before}'s, two groups of different people; n is the smaller group. */
    static Evidence difference(double[] after, double[] before) {
        double va = StatUtils.variance(after) / after.length;
        double vb = StatUtils.variance(before) / before.length;
        double value = StatUtils.mean(after) - StatUtils.mean(before);
        long n = Math.min(after.length, before.length);
        double se = Math.sqrt(va + vb);
        if (se == 0) {
            return new Evidence(value, value, value, n);
        }
        double df = (va + vb) * (va + vb) / (va * va / (after.length - 1) + vb * vb / (before.length - 1));
        double margin = t(df) * se;
        return new Evidence(value, value - margin, value + margin, n);
    }

    /** A figure with no sampling error (a sum of recorded values): its interval is the value itself. */
    static Evidence exact(double value, long n) {
        return new Evidence(value, value, value, n);
    }

    private static double t(double degreesOfFreedom) {
        return new TDistribution(degreesOfFreedom).inverseCumulativeProbability(1 - (1 - CONFIDENCE) / 2);
    }
}
