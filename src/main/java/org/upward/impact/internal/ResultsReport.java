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

    ProgramResults of(
            ProgramView program, ActivityQuery.Activity activity, Retention retention, OutcomeTotals outcomes) {
        LocalDate today = LocalDate.now(clock);
        boolean ended = ended(program);
        ObjectiveJudge.Facts facts =
                new ObjectiveJudge.Facts(program.id(), today, program.endDate(), ended, activity, retention, outcomes);
        List<ObjectiveResult> objectives = new ArrayList<>();
        for (int i = 0; i < program.objectives().size(); i++) {
            objectives.add(judge.judge(i, program.objectives().get(i), facts));
        }
        return new ProgramResults(program.id(), program.status().name(), objectives, outcomes.roiPercent());
    }

    /** Completed, archived, or past its end date: the program's results can be judged. */
    boolean ended(ProgramView program) {
        return program.status() == ProgramStatus.COMPLETED
                || program.status() == ProgramStatus.ARCHIVED
                || program.endDate().isBefore(LocalDate.now(clock));
    }
}
