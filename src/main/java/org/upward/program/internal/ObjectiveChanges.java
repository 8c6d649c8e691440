package org.upward.program.internal;

import java.util.List;
import org.upward.program.ObjectiveRequest;

/**
 * A program's objectives changed in place as requested: the one at each position keeps its row, new positions are
 * added and those past the end removed.
 */
final class ObjectiveChanges {

    private ObjectiveChanges() {}

    static void apply(List<ProgramObjective> objectives, ValidProgram details) {
        List<ObjectiveRequest> requested = details.request().objectivesOrNone();
        objectives.removeIf(objective -> objective.position() >= requested.size());
        for (int i = 0; i < requested.size(); i++) {
            if (i >= objectives.size()) {
                objectives.add(new ProgramObjective(i));
            }
            ObjectiveRequest objective = requested.get(i);
            String measure = objective.outcomeMeasure();
            objectives
                    .get(i)
                    .change(
                            objective.statement().trim(),
                            measure == null || measure.isBlank() ? null : measure.trim(),
                            details.focusSkillIds().get(i),
                            details.measures().get(i));
        }
    }
}
