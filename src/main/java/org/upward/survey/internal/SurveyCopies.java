package org.upward.survey.internal;

import java.time.Clock;
import java.time.Instant;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.upward.program.ProgramCopied;

/**
 * The next cohort asks the same: the original's own items, and its waves under the same names moved by as many
 * days as the program's start moved (so measures naming a wave still find it). No answers and no comparison
 * groups come along: those are people.
 */
@Component
class SurveyCopies {

    private final SurveyItemRepository items;
    private final SurveyWaveRepository waves;
    private final Clock clock;

    SurveyCopies(SurveyItemRepository items, SurveyWaveRepository waves, Clock clock) {
        this.items = items;
        this.waves = waves;
        this.clock = clock;
    }

    @EventListener
    void on(ProgramCopied copied) {
        Instant now = clock.instant();
        long to = copied.toProgramId();
        items.findByProgramIdOrderByIdAsc(copied.fromProgramId()).forEach(item -> items.save(item.copyTo(to, now)));
        long shift = copied.daysMoved();
        waves.findByProgramIdOrderByOpensOnAscIdAsc(copied.fromProgramId()).forEach(original -> {
            SurveyWave wave = new SurveyWave(to, now);
            wave.schedule(
                    original.getName(),
                    original.getOpensOn().plusDays(shift),
                    original.getClosesOn().plusDays(shift),
                    now);
            waves.save(wave);
        });
    }
}
