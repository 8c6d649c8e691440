package org.upward.agreement;

import java.util.List;
import org.upward.agreement.AgreementView.GoalStatus;

/** The whole agreement as a partner writes it, with the {@code version} they read (0 for the first save). */
public record AgreementRequest(String text, String meetingRhythm, List<GoalRequest> goals, Long version) {

    /** A goal as written: {@code id} null for a new one; tied to an objective (its index) or a focus skill. */
    public record GoalRequest(Long id, String statement, Integer objectiveIndex, String skill, GoalStatus status) {}
}
