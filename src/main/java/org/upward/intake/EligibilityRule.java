package org.upward.intake;

import java.util.List;

/** Who may apply on one side; a null (or empty) rule sets no limit. Leavers may never apply. */
public record EligibilityRule(
        Integer minJobLevel, Integer maxJobLevel, List<String> departments, Integer minTenureMonths) {

    public EligibilityRule {
        departments = departments == null ? List.of() : List.copyOf(departments);
    }
}
