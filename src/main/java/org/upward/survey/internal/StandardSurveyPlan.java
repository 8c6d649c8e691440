package org.upward.survey.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.upward.program.StandardTemplateShipped;
import org.upward.survey.ItemKind;

/**
 * The survey plan of the template that ships with Upward: the standard waves (BASELINE two weeks before the start,
 * MONTH_6 and MONTH_12 after it, each open four weeks) and two questions of its own.
 */
@Component
class StandardSurveyPlan {

    private final SurveyWaveRepository waves;
    private final SurveyItemRepository items;
    private final Clock clock;

    StandardSurveyPlan(SurveyWaveRepository waves, SurveyItemRepository items, Clock clock) {
        this.waves = waves;
        this.items = items;
        this.clock = clock;
    }

    @EventListener
    void on(StandardTemplateShipped shipped) {
        Instant now = clock.instant();
        for (String name : SurveyWaveService.STANDARD) {
            LocalDate opens = SurveyWaveService.suggestedOpening(name, shipped.startDate());
            SurveyWave wave = new SurveyWave(shipped.templateId(), now);
            wave.schedule(name, opens, SurveyWaveService.suggestedClosing(name, opens), now);
            waves.save(wave);
        }
        items.save(new SurveyItem(
                shipped.templateId(), "My mentoring partner helps me see my work differently.", ItemKind.SCALE, now));
        items.save(
                new SurveyItem(shipped.templateId(), "What is one thing you now do differently?", ItemKind.TEXT, now));
    }
}
