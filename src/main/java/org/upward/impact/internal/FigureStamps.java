package org.upward.impact.internal;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.upward.program.ProgramView;
import org.upward.shared.ChangeCounts;

/**
 * Reads how often each source of a program's figures has changed (V48 counts it in the database on every write),
 * in one statement, before the figures are read: a figure computed after this read is at least as new as the
 * counts, so keying it by them never shows one older than the data.
 */
@Component
class FigureStamps {

    private final ChangeCounts counts;
    private final Clock clock;

    FigureStamps(ChangeCounts counts, Clock clock) {
        this.counts = counts;
        this.clock = clock;
    }

    FigureStamp of(ProgramView program) {
        ChangeCounts.Counts read = counts.read(program.id(), FigureStamp.ALL);
        return new FigureStamp(program, LocalDate.now(clock), read.databaseToday(), read.changes());
    }
}
