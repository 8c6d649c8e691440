package org.upward.impact.internal;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upward.impact.ImpactReports;
import org.upward.impact.ImpactSummary;
import org.upward.program.ProgramService;
import org.upward.program.ProgramView;
import org.upward.survey.SurveyResults;

/**
 * Builds a program's impact dashboard from SQL aggregates over the other features' tables, read-only. Every
 * figure built from fewer than five people is suppressed here, so no page, API response or CSV can show it.
 */
@Service
class ImpactReportService implements ImpactReports {

    private final ProgramService programs;
    private final ParticipationQuery participation;
    private final ActivityQuery activity;
    private final OutcomeQuery outcomes;
    private final RetentionQuery retention;
    private final SelfRatingsQuery selfRatings;
    private final SurveyResults surveys;
    private final ResultsReport results;

    ImpactReportService(
            ProgramService programs,
            ParticipationQuery participation,
            ActivityQuery activity,
            OutcomeQuery outcomes,
            RetentionQuery retention,
            SelfRatingsQuery selfRatings,
            SurveyResults surveys,
            ResultsReport results) {
        this.results = results;
        this.retention = retention;
        this.selfRatings = selfRatings;
        this.surveys = surveys;
        this.programs = programs;
        this.participation = participation;
        this.activity = activity;
        this.outcomes = outcomes;
    }

    @Override
    @Transactional(readOnly = true)
    public ImpactSummary summaryOf(long programId) {
        Dashboard dashboard = dashboard(programId);
        ProgramImpact impact = dashboard.impact();
        List<ObjectiveResult> objectives = dashboard.results().objectives();
        boolean outcomes = impact.outcomes().count() > 0;
        return new ImpactSummary(
                impact.programId(),
                impact.programName(),
                impact.status(),
                impact.minimumGroupSize(),
                impact.participation().activePairs().summary(),
                impact.participation().matchRatePercent().summary(),
                impact.engagement().hours().summary(),
                impact.engagement().score().summary(),
                outcomes ? impact.outcomes().totalValue() : null,
                impact.outcomes().roiPercent(),
                objectives.size(),
                (int) objectives.stream()
                        .filter(o -> o.verdict() == Judgement.MET)
                        .count(),
                (int) objectives.stream()
                        .filter(o -> o.verdict() != Judgement.NOT_YET_KNOWN)
                        .count(),
                latest(impact.retention(), true),
                latest(impact.retention(), false));
    }

    /** The retention of participants (or of everyone else) in the latest period, rounded; none before the start. */
    private static ImpactSummary.Value latest(Retention retention, boolean participants) {
        if (retention.periods().isEmpty()) {
            return new ImpactSummary.Value(null, false);
        }
        Retention.Period period = retention.periods().get(retention.periods().size() - 1);
        Figure retained = (participants ? period.participants() : period.others()).retainedPercent();
        return retained.shown()
                ? new ImpactSummary.Value(String.valueOf(Math.round(retained.value())), false)
                : new ImpactSummary.Value(null, retained.suppressed());
    }

    @Transactional(readOnly = true)
    public ProgramImpact of(long programId) {
        return dashboard(programId).impact();
    }

    /** The dashboard's figures and the program's results, from the same reads. */
    record Dashboard(ProgramView program, ProgramImpact impact, ProgramResults results) {}

    /** The program's results alone: only the figures their measures need are read. */
    @Transactional(readOnly = true)
    public ProgramResults results(long programId) {
        ProgramView program = programs.get(programId);
        return results.reading(
                program,
                new JudgementFacts.Reads(
                        () -> activity.of(programId),
                        () -> retention.of(programId, program.startDate(), program.endDate()),
                        () -> outcomes.of(programId, program.cost()),
                        () -> selfRatings.of(programId, program.objectives())));
    }

    @Transactional(readOnly = true)
    public Dashboard dashboard(long programId) {
        ProgramView program = programs.get(programId);
        ActivityQuery.Activity pairs = activity.of(programId);
        SelfRatings ratings = selfRatings.of(programId, program.objectives());
        ProgramImpact impact = new ProgramImpact(
                program.id(),
                program.name(),
                program.status().name(),
                program.startDate(),
                program.endDate(),
                SmallGroups.MINIMUM,
                participation.of(programId),
                pairs.engagement(),
                SkillGrowthQuery.of(ratings),
                surveys.of(program),
                retention.of(programId, program.startDate(), program.endDate()),
                outcomes.of(programId, program.cost()),
                pairs.matchQuality());
        return new Dashboard(
                program, impact, results.of(program, pairs, impact.retention(), impact.outcomes(), ratings));
    }
}
