package org.upward.impact;

/**
 * Does a higher match score go with better feedback and check-ins? Pearson's r across pairs with its 95%
 * confidence interval; suppressed below five pairs.
 */
public record MatchQuality(CorrelationFigure scoreAndFeedback, CorrelationFigure scoreAndCheckIns) {

    public record CorrelationFigure(
            long pairs, boolean suppressed, Double r, Double ciLow, Double ciHigh, Double p, String reading) {

        static CorrelationFigure of(Correlation correlation, String what) {
            if (correlation.n() < SmallGroups.MINIMUM) {
                return new CorrelationFigure(correlation.n(), true, null, null, null, null, null);
            }
            return new CorrelationFigure(
                    correlation.n(),
                    false,
                    number(correlation.r()),
                    number(correlation.ciLow()),
                    number(correlation.ciHigh()),
                    number(correlation.p()),
                    reading(correlation, what));
        }

        private static String reading(Correlation correlation, String what) {
            if (Double.isNaN(correlation.r())) {
                return "Every pair has the same " + what + " or score, so there is nothing to relate.";
            }
            if (Double.isNaN(correlation.ciLow()) || (correlation.ciLow() <= 0 && correlation.ciHigh() >= 0)) {
                return "No clear link between the match score and " + what + " yet.";
            }
            return correlation.r() > 0
                    ? "Pairs with a higher match score report better " + what + "."
                    : "Pairs with a higher match score report worse " + what + ": revisit the pairing weights.";
        }

        private static Double number(double value) {
            return Double.isNaN(value) ? null : Math.round(value * 1000) / 1000.0;
        }
    }
}
