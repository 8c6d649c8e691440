package org.upward.impact.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.upward.program.ObjectiveMeasure;
import org.upward.program.ObjectiveMeasure.Kind;
import org.upward.program.ObjectiveView;
import org.upward.shared.UiText;

/**
 * Judges one objective by its measure (see {@link Judgement} for the rule). Skill and survey measures wait until
 * their window or wave has closed; cadence, retention and money are judged once the program has ended (before
 * that, a cadence or money figure is shown "so far"). Nothing from fewer than five people is shown.
 */
@Component
class ObjectiveJudge {

    private static final String BASELINE = "BASELINE";

    private final MeasureData data;

    ObjectiveJudge(MeasureData data) {
        this.data = data;
    }

    ObjectiveResult judge(int index, ObjectiveView objective, JudgementFacts facts) {
        ObjectiveMeasure measure = objective.measure();
        Verdict verdict = measure == null ? unknown("noMeasure") : verdict(measure, objective, facts);
        BigDecimal target = measure == null ? null : measure.target();
        Evidence shown = verdict.evidence();
        return new ObjectiveResult(
                index,
                objective.statement(),
                measure,
                verdict.judgement(),
                shown == null ? null : round(shown.value()),
                shown == null ? null : round(shown.low()),
                shown == null ? null : round(shown.high()),
                verdict.n(),
                target,
                verdict.reason());
    }

    /** A judgement with the evidence that may be shown (null: none, or under five people) and the reason. */
    private record Verdict(Judgement judgement, Evidence evidence, Long n, String reason) {}

    private Verdict verdict(ObjectiveMeasure measure, ObjectiveView objective, JudgementFacts facts) {
        return switch (measure.kind()) {
            case SKILL_POST_MEAN, SKILL_CHANGE, SHARE_REACHING_LEVEL -> skills(measure, facts);
            case SURVEY_CHANGE -> survey(measure, facts);
            case CADENCE_SHARE -> cadence(measure, facts);
            case RETENTION_DIFFERENCE -> retention(measure, facts);
            case OUTCOME_VALUE -> money(measure, facts);
            case QUALITATIVE -> qualitative(objective, facts);
        };
    }

    private Verdict skills(ObjectiveMeasure measure, JudgementFacts facts) {
        Optional<LocalDate> closes = facts.postWindowCloses(() -> data.postWindowCloses(facts.programId()));
        if (closes.isEmpty()) {
            return unknown("noPostWindow");
        }
        if (!closes.get().isBefore(facts.today())) {
            return unknown("postWindowOpen", UiText.day(closes.get()));
        }
        List<MeasureData.SkillScores> scores = facts.skillScores(measure.side(), measure.skillsOrNone());
        if (measure.kind() == Kind.SHARE_REACHING_LEVEL) {
            double level = measure.level().doubleValue();
            long hits = scores.stream().filter(s -> s.after() >= level - 1e-9).count();
            return judged(scores.size(), () -> Evidence.share(hits, scores.size()), measure);
        }
        double[] values = scores.stream()
                .map(s -> measure.kind() == Kind.SKILL_CHANGE ? s.change() : Double.valueOf(s.after()))
                .filter(v -> v != null)
                .mapToDouble(Double::doubleValue)
                .toArray();
        return judged(values.length, () -> Evidence.mean(values), measure);
    }

    private Verdict survey(ObjectiveMeasure measure, JudgementFacts facts) {
        for (String wave : List.of(BASELINE, measure.wave())) {
            Optional<LocalDate> closes = data.waveCloses(facts.programId(), wave);
            String name = UiText.ofOr("survey.wave.name." + wave, wave);
            if (closes.isEmpty()) {
                return unknown("waveNotScheduled", name);
            }
            if (!closes.get().isBefore(facts.today())) {
                return unknown("waveOpen", name, UiText.day(closes.get()));
            }
        }
        double[] before = data.surveyScores(facts.programId(), BASELINE, measure.item());
        double[] after = data.surveyScores(facts.programId(), measure.wave(), measure.item());
        return judged(Math.min(before.length, after.length), () -> Evidence.difference(after, before), measure);
    }

    private Verdict cadence(ObjectiveMeasure measure, JudgementFacts facts) {
        long pairs = facts.activity().pairs();
        Verdict verdict = judged(pairs, () -> Evidence.share(facts.activity().keepingPairs(), pairs), measure);
        return facts.ended() || verdict.evidence() == null ? verdict : soFar(verdict, facts);
    }

    private Verdict retention(ObjectiveMeasure measure, JudgementFacts facts) {
        if (!facts.ended()) {
            return unknown("running", UiText.day(facts.endDate()));
        }
        Optional<Retention.Period> period = facts.retention().periods().stream()
                .filter(Retention.Period::complete)
                .reduce((first, second) -> second);
        if (period.isEmpty()) {
            return unknown("noData");
        }
        Retention.Period last = period.get();
        long n = Math.min(last.participants().people(), last.others().people());
        if (!last.differencePoints().shown()) {
            return fewer(n);
        }
        Evidence evidence = new Evidence(last.differencePoints().value(), last.ciLow(), last.ciHigh(), n);
        return new Verdict(Judgement.of(evidence, measure.target().doubleValue()), evidence, n, null);
    }

    private Verdict money(ObjectiveMeasure measure, JudgementFacts facts) {
        long count = facts.outcomes().count();
        if (count == 0) {
            return unknown("noOutcomes");
        }
        Evidence evidence = Evidence.exact(facts.outcomes().totalValue().doubleValue(), count);
        Judgement judgement = Judgement.of(evidence, measure.target().doubleValue());
        Verdict verdict = new Verdict(judgement, evidence, count, null);
        return judgement == Judgement.MET || facts.ended() ? verdict : soFar(verdict, facts);
    }

    private static Verdict qualitative(ObjectiveView objective, JudgementFacts facts) {
        if (objective.verdict() != null) {
            return new Verdict(Judgement.valueOf(objective.verdict().name()), null, null, objective.verdictEvidence());
        }
        return facts.ended() ? unknown("awaitingVerdict") : unknown("judgedAfterEnd", UiText.day(facts.endDate()));
    }

    private static Verdict judged(long n, java.util.function.Supplier<Evidence> evidence, ObjectiveMeasure measure) {
        if (n == 0) {
            return unknown("noData");
        }
        if (SmallGroups.suppressed(n)) {
            return fewer(n);
        }
        Evidence found = evidence.get();
        return new Verdict(Judgement.of(found, measure.target().doubleValue()), found, n, null);
    }

    private static Verdict soFar(Verdict verdict, JudgementFacts facts) {
        return new Verdict(
                Judgement.NOT_YET_KNOWN,
                verdict.evidence(),
                verdict.n(),
                UiText.of("impact.results.reason.soFar", UiText.day(facts.endDate())));
    }

    private static Verdict fewer(long n) {
        return new Verdict(
                Judgement.NOT_YET_KNOWN,
                null,
                n,
                UiText.of("impact.results.reason.fewerThanFive", SmallGroups.MINIMUM));
    }

    private static Verdict unknown(String reason, Object... args) {
        return new Verdict(Judgement.NOT_YET_KNOWN, null, null, UiText.named("impact.results.reason.", reason, args));
    }

    private static Double round(double value) {
        return Double.isNaN(value) ? null : Math.round(value * 100) / 100.0;
    }
}
