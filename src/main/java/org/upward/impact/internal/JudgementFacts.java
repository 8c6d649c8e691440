package org.upward.impact.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What a program's results are judged from, besides the measure's own data: the dashboard's figures, read
 * only when a measure needs them (the results alone need no skill growth or culture table), and each
 * side's skill scores read once however many objectives measure them.
 */
final class JudgementFacts {

    private final long programId;
    private final LocalDate today;
    private final LocalDate endDate;
    private final boolean ended;
    private final Supplier<ActivityQuery.Activity> activity;
    private final Supplier<Retention> retention;
    private final Supplier<OutcomeTotals> outcomes;
    private final Map<String, List<MeasureData.SkillScores>> skillScores = new HashMap<>();

    JudgementFacts(
            long programId,
            LocalDate today,
            LocalDate endDate,
            boolean ended,
            Supplier<ActivityQuery.Activity> activity,
            Supplier<Retention> retention,
            Supplier<OutcomeTotals> outcomes) {
        this.programId = programId;
        this.today = today;
        this.endDate = endDate;
        this.ended = ended;
        this.activity = memoized(activity);
        this.retention = memoized(retention);
        this.outcomes = memoized(outcomes);
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

    /** Each side's skill scores, read once for every objective that measures the same side and skills. */
    List<MeasureData.SkillScores> skillScores(String key, Supplier<List<MeasureData.SkillScores>> read) {
        return skillScores.computeIfAbsent(key, k -> read.get());
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
