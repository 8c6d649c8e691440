package org.upward.impact.internal;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;

/**
 * Pearson's correlation across pairs with its 95% confidence interval (Fisher's z transformation) and the
 * two-sided p-value of "no correlation" (t with n − 2 degrees of freedom). The interval needs four pairs; every
 * figure needs both variables to vary, else it is {@code NaN}.
 */
record Correlation(int n, double r, double ciLow, double ciHigh, double p) {

    /** From the raw values, with Commons Math computing r. */
    public static Correlation of(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("samples differ in size");
        }
        if (x.length < 3 || constant(x) || constant(y)) {
            return of(Double.NaN, x.length);
        }
        return of(new PearsonsCorrelation().correlation(x, y), x.length);
    }

    /** From r already computed (by SQL's {@code corr}, say) over {@code n} pairs. */
    public static Correlation of(double r, int n) {
        if (Double.isNaN(r) || n < 3) {
            return new Correlation(n, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double bounded = Math.max(-0.999999999, Math.min(0.999999999, r));
        double t = bounded * Math.sqrt((n - 2) / (1 - bounded * bounded));
        double p = 2 * new TDistribution(n - 2).cumulativeProbability(-Math.abs(t));
        if (n < 4) {
            return new Correlation(n, r, Double.NaN, Double.NaN, p);
        }
        double z = 0.5 * Math.log((1 + bounded) / (1 - bounded));
        double margin = new NormalDistribution().inverseCumulativeProbability(0.975) / Math.sqrt(n - 3.0);
        return new Correlation(n, r, Math.tanh(z - margin), Math.tanh(z + margin), p);
    }

    private static boolean constant(double[] values) {
        for (double value : values) {
            if (value != values[0]) {
                return false;
            }
        }
        return true;
    }
}
