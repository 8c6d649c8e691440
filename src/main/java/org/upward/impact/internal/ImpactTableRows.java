package org.upward.impact.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The rows of each {@link ImpactTable}, in the order of its header, read from a program's impact. A figure's
 * row names it and gives its value, its n and whether it is suppressed.
 */
final class ImpactTableRows {

    private ImpactTableRows() {}

    static List<List<Object>> participation(ProgramImpact impact) {
        Participation p = impact.participation();
        return List.of(
                figure("enrolled_mentors", p.enrolledMentors()),
                figure("enrolled_mentees", p.enrolledMentees()),
                figure("match_rate_percent", p.matchRatePercent()),
                figure("active_pairs", p.activePairs()),
                figure("swap_rate_percent", p.swapRatePercent()),
                figure("withdrawal_rate_percent", p.withdrawalRatePercent()),
                figure("agreement_confirmed_percent", p.agreementConfirmedPercent()));
    }

    static List<List<Object>> engagement(ProgramImpact impact) {
        Engagement e = impact.engagement();
        Distribution d = e.sessionsPerPairPerMonth();
        return List.of(
                figure("sessions", e.sessions()),
                figure("hours", e.hours()),
                figure("sessions_per_pair_per_month_min", d.min()),
                figure("sessions_per_pair_per_month_lower_quartile", d.lowerQuartile()),
                figure("sessions_per_pair_per_month_median", d.median()),
                figure("sessions_per_pair_per_month_upper_quartile", d.upperQuartile()),
                figure("sessions_per_pair_per_month_max", d.max()),
                figure("sessions_per_pair_per_month_mean", d.mean()),
                figure("keeping_cadence_percent", e.keepingCadencePercent()),
                figure("feedback_average", e.feedbackAverage()),
                figure("check_in_average", e.checkInAverage()),
                figure("engagement_score", e.score()));
    }

    static List<List<Object>> sessionsPerMonth(ProgramImpact impact) {
        return impact.engagement().sessionsPerPairPerMonth().buckets().stream()
                .map(bucket -> figure(bucket.label(), bucket.pairs()))
                .toList();
    }

    static List<List<Object>> skillGrowth(ProgramImpact impact) {
        return impact.skillGrowth().stream()
                .map(g -> Arrays.<Object>asList(
                        g.skill(),
                        g.side(),
                        g.n(),
                        g.meanBefore(),
                        g.meanAfter(),
                        g.meanChange(),
                        g.ciLow(),
                        g.ciHigh(),
                        g.tTestP(),
                        g.wilcoxonP(),
                        g.cohensDz(),
                        g.suppressed()))
                .toList();
    }

    static List<List<Object>> culture(ProgramImpact impact) {
        List<List<Object>> rows = new ArrayList<>();
        impact.culture().forEach(wave -> wave.groups()
                .forEach(g -> rows.add(Arrays.asList(
                        wave.wave(),
                        g.group(),
                        g.n(),
                        g.collaboration(),
                        g.satisfactionIndex(),
                        g.intergenerationalCommunication(),
                        g.nps(),
                        g.suppressed()))));
        return rows;
    }

    static List<List<Object>> retention(ProgramImpact impact) {
        return impact.retention().periods().stream()
                .map(p -> Arrays.<Object>asList(
                        p.name(),
                        p.until(),
                        p.complete(),
                        p.participants().people(),
                        p.participants().stayed().value(),
                        p.participants().retainedPercent().value(),
                        p.others().people(),
                        p.others().stayed().value(),
                        p.others().retainedPercent().value(),
                        p.differencePoints().value(),
                        p.ciLow(),
                        p.ciHigh(),
                        p.differencePoints().suppressed()))
                .toList();
    }

    static List<List<Object>> outcomes(ProgramImpact impact) {
        List<List<Object>> rows = new ArrayList<>();
        impact.outcomes().byType().forEach(t -> rows.add(List.of(t.type(), t.count(), t.value())));
        rows.add(List.of("TOTAL", impact.outcomes().count(), impact.outcomes().totalValue()));
        return rows;
    }

    static List<List<Object>> matchQuality(ProgramImpact impact) {
        return List.of(
                correlation("score_and_feedback", impact.matchQuality().scoreAndFeedback()),
                correlation("score_and_check_ins", impact.matchQuality().scoreAndCheckIns()));
    }

    private static List<Object> figure(String name, Figure figure) {
        return Arrays.asList(name, figure.value(), figure.n(), figure.suppressed());
    }

    private static List<Object> correlation(String name, MatchQuality.CorrelationFigure c) {
        return Arrays.asList(name, c.pairs(), c.r(), c.ciLow(), c.ciHigh(), c.p(), c.suppressed());
    }
}
