package org.upward.impact.internal;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import org.upward.shared.UiText;

/**
 * The results page's headline figures in plain words, each with the period it covers: who took part, how much
 * they met, what changed, who stayed and what it returned. A figure from fewer than five people says so.
 */
final class Headlines {

    private Headlines() {}

    /** One headline: what it is about, and the sentence. */
    record Headline(String topic, String text) {}

    static List<Headline> of(ProgramImpact impact) {
        return List.of(
                new Headline(UiText.of("impact.headline.tookPart"), tookPart(impact.participation())),
                new Headline(UiText.of("impact.headline.met"), met(impact.engagement())),
                new Headline(UiText.of("impact.headline.changed"), changed(impact.skillGrowth())),
                new Headline(UiText.of("impact.headline.stayed"), stayed(impact.retention())),
                new Headline(UiText.of("impact.headline.returned"), returned(impact.outcomes())));
    }

    private static String tookPart(Participation participation) {
        return UiText.of(
                "impact.headline.tookPart.text",
                count("mentors", participation.enrolledMentors()),
                count("mentees", participation.enrolledMentees()),
                count("pairs", participation.activePairs()));
    }

    private static String met(Engagement engagement) {
        if (!engagement.sessions().shown()) {
            return UiText.of("impact.headline.tooFew", SmallGroups.MINIMUM);
        }
        String keeping = engagement.keepingCadencePercent().shown()
                ? UiText.of("impact.headline.met.keeping", whole(engagement.keepingCadencePercent()))
                : "";
        return UiText.of(
                "impact.headline.met.text",
                count("sessions", engagement.sessions()),
                count("hours", engagement.hours()),
                keeping);
    }

    private static String changed(List<SkillGrowth> growth) {
        List<SkillGrowth> shown = growth.stream().filter(g -> !g.suppressed()).toList();
        if (shown.isEmpty()) {
            return UiText.of("impact.headline.changed.none", SmallGroups.MINIMUM);
        }
        long improved = shown.stream()
                .filter(g -> g.clear() && g.meanChange() != null && g.meanChange() > 0)
                .count();
        return UiText.of("impact.headline.changed.text", improved, shown.size());
    }

    private static String stayed(Retention retention) {
        if (retention.periods().isEmpty()) {
            return UiText.of("impact.headline.stayed.notStarted");
        }
        Retention.Period period = retention.periods().get(retention.periods().size() - 1);
        if (!period.participants().retainedPercent().shown()
                || !period.others().retainedPercent().shown()) {
            return UiText.of("impact.headline.tooFew", SmallGroups.MINIMUM);
        }
        return UiText.of(
                "impact.headline.stayed.text",
                whole(period.participants().retainedPercent()),
                whole(period.others().retainedPercent()),
                period.shownName(),
                UiText.day(period.until()));
    }

    private static String returned(OutcomeTotals outcomes) {
        if (outcomes.count() == 0) {
            return UiText.of("impact.headline.returned.none");
        }
        String roi = outcomes.roiPercent() == null
                ? ""
                : UiText.of("impact.headline.returned.roi", Math.round(outcomes.roiPercent()));
        return UiText.of(
                "impact.headline.returned.text",
                count("outcomes", outcomes.count()),
                money(outcomes.totalValue()),
                roi);
    }

    /** "1 mentor", "12 mentors". */
    private static String count(String noun, Figure figure) {
        return figure.value() == null ? "–" : count(noun, Math.round(figure.value()));
    }

    static String count(String noun, long n) {
        return UiText.named("impact.count.", noun + (n == 1 ? ".one" : ".many"), n);
    }

    private static String whole(Figure figure) {
        return figure.value() == null ? "–" : String.valueOf(Math.round(figure.value()));
    }

    private static String money(BigDecimal value) {
        return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ENGLISH)).format(value);
    }
}
