package org.upward.impact.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.upward.notification.Notice;
import org.upward.notification.NoticeKind;
import org.upward.program.ProgramView;
import org.upward.shared.UiText;

/**
 * A program's results in plain words for its sponsor, as the results page says them: each objective with its
 * verdict and sentence ({@link ResultSentence}), then the headline figures ({@link Headlines}). Every figure in it
 * was suppressed where it must be before it got here: nothing from fewer than five people. Written by
 * {@link UiText}, so the caller chooses the language (the organisation's, for a notice).
 */
final class SponsorSummary {

    private SponsorSummary() {}

    /** The notice for the program's sponsor: the summary of the month {@code today} is in, or the final one. */
    static Notice notice(ImpactReportService.Dashboard dashboard, boolean last, LocalDate today) {
        ProgramView program = dashboard.program();
        String subject = last
                ? UiText.of("impact.sponsor.final.subject", program.name())
                : UiText.of("impact.sponsor.summary.subject", program.name(), UiText.day(today));
        return new Notice(
                program.sponsorEmail(),
                NoticeKind.SPONSOR_SUMMARY,
                subject,
                text(dashboard, last, today),
                "/impact/programs/" + program.id());
    }

    static String text(ImpactReportService.Dashboard dashboard, boolean last, LocalDate today) {
        ProgramView program = dashboard.program();
        String intro = last
                ? UiText.of(
                        "impact.sponsor.final.intro",
                        program.name(),
                        UiText.day(program.startDate()),
                        UiText.day(program.endDate()))
                : UiText.of(
                        "impact.sponsor.summary.intro",
                        program.name(),
                        UiText.day(today),
                        UiText.day(program.startDate()),
                        UiText.day(program.endDate()));
        List<String> figures = new ArrayList<>();
        figures.add(UiText.of("impact.sponsor.figures"));
        for (Headlines.Headline headline : Headlines.of(dashboard.impact())) {
            figures.add(UiText.of("impact.sponsor.figure", headline.topic(), headline.text()));
        }
        String tail = String.join("\n", figures)
                + "\n\n"
                + UiText.of("impact.sponsor.privacy", SmallGroups.MINIMUM)
                + "\n\n"
                + UiText.of(last ? "impact.sponsor.final.why" : "impact.sponsor.summary.why");
        return intro + "\n\n"
                + objectives(dashboard.results().objectives(), Notice.MAX_TEXT - intro.length() - tail.length() - 4)
                + "\n\n" + tail;
    }

    /**
     * The objectives, one block each, as many as fit in {@code room} characters; those left out are counted in a
     * last line pointing to the results page.
     */
    static String objectives(List<ObjectiveResult> results, int room) {
        if (results.isEmpty()) {
            return UiText.of("impact.sponsor.noObjectives");
        }
        StringBuilder text = new StringBuilder(UiText.of("impact.sponsor.objectives"));
        for (int i = 0; i < results.size(); i++) {
            ResultSentence.Line line = ResultSentence.Line.of(results.get(i));
            String block = "\n"
                    + UiText.of(
                            "impact.sponsor.objective",
                            i + 1,
                            line.result().statement(),
                            UiText.named("impact.results.judged.", line.result().verdict()),
                            line.measure(),
                            line.sentence());
            int left = results.size() - i - 1;
            String more = left == 0 ? "" : "\n" + UiText.of("impact.sponsor.more", left);
            if (text.length() + block.length() + more.length() > room) {
                return text + "\n" + UiText.of("impact.sponsor.more", results.size() - i);
            }
            text.append(block);
        }
        return text.toString();
    }
}
