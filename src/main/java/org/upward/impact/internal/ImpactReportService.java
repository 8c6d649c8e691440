package org.upward.impact.internal;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upward.impact.ImpactReports;
import org.upward.impact.ImpactSummary;
import org.upward.program.ProgramService;
import org.upward.program.ProgramView;
import org.upward.wrapup.WrapUpSummary;

/**
 * Builds a program's impact dashboard from SQL aggregates over the other features' tables, read-only. Every
 * figure built from fewer than five people is suppressed here, so no page, API response or CSV can show it.
 */
@Service
class ImpactReportService implements ImpactReports {

    private final ProgramService programs;
    private final ProgramFigures figures;
    private final FigureCache cache;
    private final ResultsReport results;

    ImpactReportService(ProgramService programs, ProgramFigures figures, FigureCache cache, ResultsReport results) {
        this.programs = programs;
        this.figures = figures;
        this.cache = cache;
        this.results = results;
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

    /** The dashboard's figures, its charts, the program's results, shared quotes and wrap-ups, from the same reads. */
    record Dashboard(
            ProgramView program,
            ProgramImpact impact,
            ProgramResults results,
            DashboardCharts charts,
            List<SharedQuotes.Quotes> quotes,
            WrapUpSummary wrapUps) {}

    /** The program's results alone: only the figures their measures need are read, or found computed. */
    @Transactional(readOnly = true)
    public ProgramResults results(long programId) {
        ProgramView program = programs.get(programId);
        FigureStamp stamp = figures.stamp(program);
        return cache.get(
                stamp.keyOfAll("results"),
                () -> results.reading(
                        program,
                        new JudgementFacts.Reads(
                                () -> figures.activity(stamp),
                                () -> figures.retention(stamp),
                                () -> figures.outcomes(stamp),
                                () -> figures.selfRatings(stamp))));
    }

    /**
     * The dashboard's figures, its charts and the program's results, computed once per change of what they read
     * ({@link FigureStamp}); each section is kept on its own too, so logging a session recomputes the engagement,
     * not the skill growth.
     */
    @Transactional(readOnly = true)
    public Dashboard dashboard(long programId) {
        ProgramView program = programs.get(programId);
        FigureStamp stamp = figures.stamp(program);
        return cache.get(stamp.keyOfAll("dashboard"), () -> dashboard(stamp));
    }

    private Dashboard dashboard(FigureStamp stamp) {
        ProgramView program = stamp.program();
        ActivityQuery.Activity pairs = figures.activity(stamp);
        SelfRatings ratings = figures.selfRatings(stamp);
        Retention retained = figures.retention(stamp);
        OutcomeTotals returned = figures.outcomes(stamp);
        ProgramImpact impact = new ProgramImpact(
                program.id(),
                program.name(),
                program.status().name(),
                program.startDate(),
                program.endDate(),
                SmallGroups.MINIMUM,
                figures.participation(stamp),
                pairs.engagement(),
                figures.skillGrowth(stamp),
                figures.surveys(stamp),
                retained,
                returned,
                pairs.matchQuality());
        return new Dashboard(
                program,
                impact,
                cache.get(stamp.keyOfAll("results"), () -> results.of(program, pairs, retained, returned, ratings)),
                DashboardCharts.of(impact),
                figures.quotes(stamp),
                figures.wrapUps(stamp));
    }
}
