package org.upward.impact.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.upward.program.ObjectiveMeasure;

/**
 * What a program's results are judged from, besides the measure's own data: the dashboard's figures, read
 * only when a measure needs them (the results alone need no culture table), each read at most once per request:
 * the self-ratings once for every skill measure (the dashboard's skill growth is made of the same rows), and
 * each side's skill scores computed once however many objectives measure the same side and skills.
 */
final class JudgementFacts {

    private final long programId;
    private final LocalDate today;
    private final LocalDate endDate;
    private final boolean ended;
    private final Supplier<ActivityQuery.Activity> activity;
    private final Supplier<Retention> retention;
    private final Supplier<OutcomeTotals> outcomes;
    private final Supplier<SelfRatings> selfRatings;
    private final Map<String, List<MeasureData.SkillScores>> skillScores = new HashMap<>();
    private Optional<LocalDate> postWindowCloses;

    /** What the figures are read from, each read only when first needed. */
    record Reads(
            Supplier<ActivityQuery.Activity> activity,
            Supplier<Retention> retention,
            Supplier<OutcomeTotals> outcomes,
            Supplier<SelfRatings> selfRatings) {}

    JudgementFacts(long programId, LocalDate today, LocalDate endDate, boolean ended, Reads reads) {
        this.programId = programId;
        this.today = today;
        this.endDate = endDate;
        this.ended = ended;
        this.activity = memoized(reads.activity());
        this.retention = memoized(reads.retention());
        this.outcomes = memoized(reads.outcomes());
        this.selfRatings = memoized(reads.selfRatings());
    }

    long programId() {
        return programId;
    }

    LocalDate today() {
        return today;
    }

    LocalDate endDate() {
        return endDate;
    }

    boolean ended() {
        return ended;
    }

    /** Each person's scores on the side's skills, computed once for every objective that measures the same. */
    List<MeasureData.SkillScores> skillScores(ObjectiveMeasure.Side side, List<String> skills) {
        return skillScores.computeIfAbsent(
                side + "\t" + String.join("\t", skills),
                key -> selfRatings.get().scores(side, skills));
    }

    /** When the after-program assessment window closes, read once for every skill measure. */
    Optional<LocalDate> postWindowCloses(Supplier<Optional<LocalDate>> read) {
        if (postWindowCloses == null) {
            postWindowCloses = read.get();
        }
        return postWindowCloses;
    }

    ActivityQuery.Activity activity() {
        return activity.get();
    }

    Retention retention() {
        return retention.get();
    }

    OutcomeTotals outcomes() {
        return outcomes.get();
    }

    private static <T> Supplier<T> memoized(Supplier<T> read) {
        Object[] value = {null};
        return () -> {
            if (value[0] == null) {
                value[0] = read.get();
            }
            @SuppressWarnings("unchecked")
            T known = (T) value[0];
            return known;
        };
    }
}
