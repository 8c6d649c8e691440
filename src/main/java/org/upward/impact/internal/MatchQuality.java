package org.upward.impact.internal;

import org.upward.shared.UiText;

/**
 * Does a higher match score go with better feedback and check-ins? Pearson's r across pairs with its 95%
 * confidence interval; suppressed below five pairs.
 */
record MatchQuality(CorrelationFigure scoreAndFeedback, CorrelationFigure scoreAndCheckIns) {

    public record CorrelationFigure(
            long pairs, boolean suppressed, Double r, Double ciLow, Double ciHigh, Double p, String reading) {

        /** @param what the measure's key: {@code feedback} or {@code checkIns} */
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
            String reading;
            if (Double.isNaN(correlation.r())) {
                reading = "nothingToRelate";
            } else if (Double.isNaN(correlation.ciLow()) || (correlation.ciLow() <= 0 && correlation.ciHigh() >= 0)) {
                reading = "noClearLink";
            } else {
                reading = correlation.r() > 0 ? "better" : "worse";
            }
            String key = "impact.reading." + reading + "." + what;
            return UiText.of(key);
        }

        private static Double number(double value) {
            return Double.isNaN(value) ? null : Math.round(value * 1000) / 1000.0;
        }
    }
}
