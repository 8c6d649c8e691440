package org.upward.impact.internal;

import java.util.List;
import org.upward.shared.UiText;

/** How a per-pair figure spreads across pairs: quartiles, the mean and a histogram. */
record Distribution(
        Figure min,
        Figure lowerQuartile,
        Figure median,
        Figure upperQuartile,
        Figure max,
        Figure mean,
        List<Bucket> buckets) {

    /**
     * Pairs whose value lies in [{@code from}, {@code to}); {@code to} is null for the last, open bucket. The
     * label ("under 1") names the bucket in the API and the CSV, so it stays English there; the page shows
     * {@link #shownLabel()}.
     */
    public record Bucket(String label, Double from, Double to, Figure pairs) {

        public String shownLabel() {
            String key = "impact.bucket." + label.replace(" ", "");
            return UiText.of(key);
        }
    }
}
