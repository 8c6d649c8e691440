package org.upward.impact.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.upward.shared.UiText;
import org.upward.survey.WaveResults;

/**
 * What the dashboard says beside its figures so they read right: the period each section covers ("since the
 * start on 1 March 2026, until today, 12 May 2026"; "during the program") and why figures that sit side by side
 * differ (the histogram's pairs against today's active pairs; the mean against the median).
 */
record FigureContext(
        String participation,
        String engagement,
        String skillGrowth,
        String culture,
        String retention,
        String outcomes,
        String pairsNote,
        String meanNote) {

    static FigureContext of(ProgramImpact impact, LocalDate today) {
        String sinceStart = sinceStart(impact.startDate(), impact.endDate(), today);
        return new FigureContext(
                sinceStart + " " + UiText.of("impact.period.activeToday"),
                sinceStart,
                UiText.of("impact.period.skillGrowth"),
                culture(impact.culture()),
                UiText.of("impact.period.retention", UiText.day(impact.startDate())),
                UiText.of("impact.period.recorded", UiText.day(today)),
                pairsNote(impact.engagement().sessionsPerPairPerMonth(), impact.participation()),
                meanNote(impact.engagement().sessionsPerPairPerMonth()));
    }

    /**
     * The time the pairs' figures cover: the program's start until today, or until its end once it has ended (as
     * {@link ActivityQuery} counts).
     */
    static String sinceStart(LocalDate start, LocalDate end, LocalDate today) {
        if (today.isBefore(start)) {
            return UiText.of("impact.period.notStarted", UiText.day(start));
        }
        if (end.isBefore(today)) {
            return UiText.of("impact.period.during", UiText.day(start), UiText.day(end));
        }
        return UiText.of("impact.period.sinceStart", UiText.day(start), UiText.day(today));
    }

    /** The closed waves' span: from the first one's opening to the last one's closing. */
    private static String culture(List<WaveResults> waves) {
        List<WaveResults> closed =
                waves.stream().filter(wave -> !wave.groups().isEmpty()).toList();
        LocalDate from = closed.stream()
                .map(WaveResults::opensOn)
                .filter(Objects::nonNull)
                .min(Comparator.naturalOrder())
                .orElse(null);
        LocalDate until = closed.stream()
                .map(WaveResults::closesOn)
                .filter(Objects::nonNull)
                .max(Comparator.naturalOrder())
                .orElse(null);
        if (from == null || until == null) {
            return UiText.of("impact.period.cultureNone");
        }
        return UiText.of("impact.period.culture", UiText.day(from), UiText.day(until));
    }

    /**
     * Why the histogram's pairs are not the participation table's active pairs: it counts every pair that was
     * active at some point (active or since dissolved); null when the histogram is not shown.
     */
    private static String pairsNote(Distribution perMonth, Participation participation) {
        Figure active = participation.activePairs();
        if (!active.shown()
                || !perMonth.buckets().stream()
                        .allMatch(bucket -> bucket.pairs().shown())) {
            return null;
        }
        long counted = perMonth.buckets().stream()
                .mapToLong(bucket -> Math.round(bucket.pairs().value()))
                .sum();
        return UiText.of(
                "impact.note.pairs",
                Headlines.count("pairs", counted),
                Headlines.count("pairs", Math.round(active.value())));
    }

    /** Why the mean is not the median (a few pairs meet far more, or far less, than most); null when they agree. */
    private static String meanNote(Distribution perMonth) {
        Figure mean = perMonth.mean();
        Figure median = perMonth.median();
        if (!mean.shown() || !median.shown() || mean.text().equals(median.text())) {
            return null;
        }
        return UiText.of(
                mean.value() > median.value() ? "impact.note.meanAbove" : "impact.note.meanBelow",
                mean.text(),
                median.text());
    }
}
