package org.upward.impact.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.upward.messaging.MessageKind;
import org.upward.messaging.MessageTemplates;
import org.upward.messaging.WrittenMessage;
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

    /** Room the message's own words keep around the results, so the whole stays within a notice's length. */
    static final int ROOM_FOR_WORDS = 800;

    private SponsorSummary() {}

    /**
     * The notice for the program's sponsor: the summary of the month {@code today} is in, or the final one, in the
     * program's own wording of those messages if it has one.
     */
    static Notice notice(
            ImpactReportService.Dashboard dashboard, boolean last, LocalDate today, MessageTemplates templates) {
        ProgramView program = dashboard.program();
        String link = "/impact/programs/" + program.id();
        WrittenMessage message = templates.write(
                program.id(),
                last ? MessageKind.SPONSOR_FINAL_SUMMARY : MessageKind.SPONSOR_SUMMARY,
                Map.of(
                        "firstName", MessageTemplates.firstName(program.sponsorName()),
                        "programName", program.name(),
                        "day", UiText.day(today),
                        "startDate", UiText.day(program.startDate()),
                        "endDate", UiText.day(program.endDate()),
                        "results", results(dashboard),
                        "link", link));
        return new Notice(program.sponsorEmail(), NoticeKind.SPONSOR_SUMMARY, message.subject(), message.text(), link);
    }

    /** The objectives with their verdicts, then the headline figures and what is withheld for privacy. */
    static String results(ImpactReportService.Dashboard dashboard) {
        List<String> figures = new ArrayList<>();
        figures.add(UiText.of("impact.sponsor.figures"));
        for (Headlines.Headline headline : Headlines.of(dashboard.impact())) {
            figures.add(UiText.of("impact.sponsor.figure", headline.topic(), headline.text()));
        }
        String tail = String.join("\n", figures) + "\n\n" + UiText.of("impact.sponsor.privacy", SmallGroups.MINIMUM);
        int room = Notice.MAX_TEXT - ROOM_FOR_WORDS - tail.length() - 2;
        return objectives(dashboard.results().objectives(), room) + "\n\n" + tail;
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
