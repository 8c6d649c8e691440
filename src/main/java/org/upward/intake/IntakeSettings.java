package org.upward.intake;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.upward.enrollment.Side;

/**
 * A program's intake as the API takes and returns it: when applications are open, for which sides, the custom
 * questions, the eligibility rule and number of places per side (absent: no limit) and whether the applicant's
 * manager approves first.
 */
public record IntakeSettings(
        LocalDate opensOn,
        LocalDate closesOn,
        List<Side> sides,
        List<IntakeQuestion> questions,
        Map<Side, EligibilityRule> eligibility,
        Map<Side, Integer> places,
        Boolean managerApproval) {

    public IntakeSettings {
        sides = sides == null ? List.of() : List.copyOf(sides);
        questions = questions == null ? List.of() : List.copyOf(questions);
        eligibility = eligibility == null ? Map.of() : Map.copyOf(eligibility);
        places = places == null ? Map.of() : Map.copyOf(places);
        managerApproval = Boolean.TRUE.equals(managerApproval);
    }
}
