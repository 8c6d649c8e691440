package org.upward.impact;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.linear.BlockRealMatrix;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;

/**
 * Pearson's correlation across pairs with its 95% confidence interval (Fisher's z transformation) and the
 * two-sided p-value of "no correlation". The interval needs four pairs; every figure needs both variables
 * to vary, else it is {@code NaN}.
 */
public record Correlation(int n, double r, double ciLow, double ciHigh, double p) {

    public static Correlation of(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("samples differ in size");
        }
        int n = x.length;
        if (n < 3 || constant(x) || constant(y)) {
            return new Correlation(n, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        BlockRealMatrix data = new BlockRealMatrix(n, 2);
        data.setColumn(0, x);
        data.setColumn(1, y);
        PearsonsCorrelation pearson = new PearsonsCorrelation(data);
        double r = pearson.getCorrelationMatrix().getEntry(0, 1);
        double p = pearson.getCorrelationPValues().getEntry(0, 1);
        if (n < 4) {
            return new Correlation(n, r, Double.NaN, Double.NaN, p);
        }
        double z = atanh(Math.max(-0.999999999, Math.min(0.999999999, r)));
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

    private static double atanh(double r) {
        return 0.5 * Math.log((1 + r) / (1 - r));
    }
}
