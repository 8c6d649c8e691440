package org.upward.intake.internal;

import java.util.List;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.upward.enrollment.Side;
import org.upward.intake.EligibilityRule;
import org.upward.intake.IntakeQuestion;
import org.upward.intake.IntakeSettings;
import org.upward.intake.QuestionKind;
import org.upward.program.StandardTemplateShipped;

/**
 * The intake form of the template that ships with Upward: both sides, open from six weeks to one week before the
 * start, juniors (level 4 or below) as mentors and seniors (6 or above) as mentees, each approved by their manager.
 */
@Component
class StandardIntakeForm {

    private final IntakeStore store;

    StandardIntakeForm(IntakeStore store) {
        this.store = store;
    }

    @EventListener
    void on(StandardTemplateShipped shipped) {
        store.save(
                shipped.templateId(),
                new IntakeSettings(
                        shipped.startDate().minusWeeks(6),
                        shipped.startDate().minusWeeks(1),
                        List.of(Side.MENTOR, Side.MENTEE),
                        List.of(
                                new IntakeQuestion(
                                        "What would you like to learn from a colleague of another generation?",
                                        QuestionKind.LONG_TEXT,
                                        null,
                                        true),
                                new IntakeQuestion(
                                        "How comfortable are you with AI tools today?",
                                        QuestionKind.SCALE,
                                        null,
                                        false)),
                        Map.of(
                                Side.MENTOR, new EligibilityRule(null, 4, null, null),
                                Side.MENTEE, new EligibilityRule(6, null, null, null)),
                        Map.of(),
                        true));
    }
}
