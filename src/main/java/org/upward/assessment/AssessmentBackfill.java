package org.upward.assessment;

import java.time.LocalDate;
import java.util.Map;

/**
 * Self-assessments given in the past, on the day they were given (answers collected on paper, or the
 * demo's completed pilot). The day must fall inside the phase's window and the skills in the person's set.
 */
public interface AssessmentBackfill {

    /** Records {@code email}'s self-ratings (skill name → level) as given on {@code answeredOn}. */
    void record(long programId, AssessmentPhase phase, String email, Map<String, Integer> levels, LocalDate answeredOn);
}
