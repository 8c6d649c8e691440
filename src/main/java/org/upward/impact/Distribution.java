package org.upward.impact;

import java.util.List;

/** How a per-pair figure spreads across pairs: quartiles, the mean and a histogram. */
public record Distribution(
        Figure min,
        Figure lowerQuartile,
        Figure median,
        Figure upperQuartile,
        Figure max,
        Figure mean,
        List<Bucket> buckets) {

    /** Pairs whose value lies in [{@code from}, {@code to}); {@code to} is null for the last, open bucket. */
    public record Bucket(String label, Double from, Double to, Figure pairs) {}
}
