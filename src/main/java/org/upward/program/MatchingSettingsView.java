package org.upward.program;

/** A program's matching settings as the API and pages show them. */
public record MatchingSettingsView(
        double skillGapWeight,
        double sharedInterestWeight,
        double workStyleWeight,
        int minScore,
        boolean excludeSameDepartment,
        MatchingObjective objective,
        MatchingMode mode) {}
