package org.upward.impact.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.upward.program.ProgramStatus;
import org.upward.program.ProgramView;

/** Judges every objective of a program from the figures the dashboard reads anyway. */
@Component
class ResultsReport {

    private final ObjectiveJudge judge;
    private final Clock clock;

    ResultsReport(ObjectiveJudge judge, Clock clock) {
        this.judge = judge;
        this.clock = clock;
    }

    /** The results from the dashboard's figures, already read. */
    ProgramResults of(
            ProgramView program,
            ActivityQuery.Activity activity,
            Retention retention,
            OutcomeTotals outcomes,
            SelfRatings ratings) {
        return reading(
                program, new JudgementFacts.Reads(() -> activity, () -> retention, () -> outcomes, () -> ratings));
    }

    /** The results alone, reading only the figures their measures need. */
    ProgramResults reading(ProgramView program, JudgementFacts.Reads reads) {
        JudgementFacts facts =
                new JudgementFacts(program.id(), LocalDate.now(clock), program.endDate(), ended(program), reads);
        List<ObjectiveResult> objectives = new ArrayList<>();
        for (int i = 0; i < program.objectives().size(); i++) {
            objectives.add(judge.judge(i, program.objectives().get(i), facts));
        }
        return new ProgramResults(
                program.id(),
                program.status().name(),
                objectives,
                facts.outcomes().roiPercent());
    }

    /** Completed, archived, or past its end date: the program's results can be judged. */
    boolean ended(ProgramView program) {
        return program.status() == ProgramStatus.COMPLETED
                || program.status() == ProgramStatus.ARCHIVED
                || program.endDate().isBefore(LocalDate.now(clock));
    }
}
