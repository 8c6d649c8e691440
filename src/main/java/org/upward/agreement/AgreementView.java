package org.upward.agreement;

import java.util.List;

/**
 * A pair's agreement: its text, meeting rhythm, one to three goals and who confirmed this version. Before it
 * is first saved ({@code saved} false, {@code version} 0) it is the program's template, to be edited.
 * {@code objectives} and {@code skills} are what a goal may be tied to; {@code editable} says whether the
 * caller may change it now and {@code confirmedByMe} whether they confirmed this version.
 */
public record AgreementView(
        long pairId,
        String text,
        String meetingRhythm,
        List<Goal> goals,
        List<String> confirmedBy,
        long version,
        boolean saved,
        boolean editable,
        boolean confirmedByMe,
        List<String> objectives,
        List<String> skills) {

    /** One goal: tied to one of the program's objectives ({@code objectiveIndex}, from 0) or a focus skill. */
    public record Goal(Long id, String statement, Integer objectiveIndex, String skill, GoalStatus status) {}

    public enum GoalStatus {
        OPEN,
        DONE
    }

    public boolean confirmedByBoth() {
        return confirmedBy.size() == 2;
    }
}
