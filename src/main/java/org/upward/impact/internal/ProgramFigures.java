package org.upward.impact.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import org.upward.program.ProgramView;
import org.upward.survey.SurveyResults;
import org.upward.survey.WaveResults;
import org.upward.wrapup.WrapUpSummary;
import org.upward.wrapup.WrapUps;

/**
 * Each section of a program's figures, computed once per change of the sources it reads ({@link FigureStamp}) and
 * otherwise found in the {@link FigureCache}: logging a session recomputes the engagement, not the skill growth.
 */
@Component
class ProgramFigures {

    private final FigureStamps stamps;
    private final FigureCache cache;
    private final ParticipationQuery participation;
    private final ActivityQuery activity;
    private final OutcomeQuery outcomes;
    private final RetentionQuery retention;
    private final SelfRatingsQuery selfRatings;
    private final SurveyResults surveys;
    private final SharedQuotes quotes;
    private final WrapUps wrapUps;

    ProgramFigures(
            FigureStamps stamps,
            FigureCache cache,
            ParticipationQuery participation,
            ActivityQuery activity,
            OutcomeQuery outcomes,
            RetentionQuery retention,
            SelfRatingsQuery selfRatings,
            SurveyResults surveys,
            SharedQuotes quotes,
            WrapUps wrapUps) {
        this.quotes = quotes;
        this.wrapUps = wrapUps;
        this.stamps = stamps;
        this.cache = cache;
        this.participation = participation;
        this.activity = activity;
        this.outcomes = outcomes;
        this.retention = retention;
        this.selfRatings = selfRatings;
        this.surveys = surveys;
    }

    /** Read first, before any figure, so that figures are never older than the stamp they are kept under. */
    FigureStamp stamp(ProgramView program) {
        return stamps.of(program);
    }

    ActivityQuery.Activity activity(FigureStamp stamp) {
        return cache.get(
                stamp.key("activity", FigureStamp.ACTIVITY, FigureStamp.PAIRS),
                () -> activity.of(stamp.program().id()));
    }

    Participation participation(FigureStamp stamp) {
        return cache.get(
                stamp.key("participation", FigureStamp.PAIRS),
                () -> participation.of(stamp.program().id()));
    }

    SelfRatings selfRatings(FigureStamp stamp) {
        ProgramView program = stamp.program();
        return cache.get(
                stamp.key("selfRatings", FigureStamp.RATINGS, FigureStamp.PAIRS, FigureStamp.COMPANY),
                () -> selfRatings.of(program.id(), program.objectives()));
    }

    List<SkillGrowth> skillGrowth(FigureStamp stamp) {
        return cache.get(
                stamp.key("skillGrowth", FigureStamp.RATINGS, FigureStamp.PAIRS, FigureStamp.COMPANY),
                () -> SkillGrowthQuery.of(selfRatings(stamp)));
    }

    List<WaveResults> surveys(FigureStamp stamp) {
        return cache.get(
                stamp.key("surveys", FigureStamp.SURVEYS, FigureStamp.PAIRS, FigureStamp.COMPANY),
                () -> surveys.of(stamp.program()));
    }

    Retention retention(FigureStamp stamp) {
        ProgramView program = stamp.program();
        return cache.get(
                stamp.key("retention", FigureStamp.PAIRS, FigureStamp.COMPANY),
                () -> retention.of(program.id(), program.startDate(), program.endDate()));
    }

    /** Feedback's shared "what I learned" comes with the pairs' activity totals, which follow every feedback edit. */
    List<SharedQuotes.Quotes> quotes(FigureStamp stamp) {
        return cache.get(
                stamp.key("quotes", FigureStamp.ACTIVITY, FigureStamp.PAIRS),
                () -> quotes.of(stamp.program().id()));
    }

    WrapUpSummary wrapUps(FigureStamp stamp) {
        return cache.get(
                stamp.key("wrapUps", FigureStamp.WRAP_UPS, FigureStamp.PAIRS),
                () -> wrapUps.summary(stamp.program().id()));
    }

    OutcomeTotals outcomes(FigureStamp stamp) {
        ProgramView program = stamp.program();
        return cache.get(stamp.key("outcomes", FigureStamp.OUTCOMES), () -> outcomes.of(program.id(), program.cost()));
    }
}
