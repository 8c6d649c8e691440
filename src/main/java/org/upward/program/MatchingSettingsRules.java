package org.upward.program;

import java.util.ArrayList;
import java.util.List;
import org.upward.web.FieldProblem;

/** The rules for matching settings: weights in 0–1 and not all zero, a minimum score in 0–100. */
final class MatchingSettingsRules {

    private MatchingSettingsRules() {}

    /** Every broken rule of the settings (absent values count as their defaults), under {@code matching.*}. */
    static List<FieldProblem> check(MatchingRequest requested) {
        MatchingRequest settings = (requested == null ? MatchingRequest.defaults() : requested.withDefaults());
        List<FieldProblem> problems = new ArrayList<>();
        checkWeight("skillGapWeight", "skill gap", settings.skillGapWeight(), problems);
        checkWeight("sharedInterestWeight", "shared interest", settings.sharedInterestWeight(), problems);
        checkWeight("workStyleWeight", "work style", settings.workStyleWeight(), problems);
        if (problems.isEmpty()
                && settings.skillGapWeight() + settings.sharedInterestWeight() + settings.workStyleWeight() == 0) {
            problems.add(new FieldProblem(
                    "matching", "At least one weight must be above 0, otherwise every pair would score the same."));
        }
        if (settings.minScore() < 0 || settings.minScore() > 100) {
            problems.add(new FieldProblem("matching.minScore", "The minimum score must be between 0 and 100."));
        }
        return problems;
    }

    private static void checkWeight(String field, String label, double weight, List<FieldProblem> problems) {
        if (Double.isNaN(weight) || weight < 0 || weight > 1) {
            problems.add(new FieldProblem(
                    "matching." + field, "The " + label + " weight must be between 0 and 1 (e.g. 0.25)."));
        }
    }
}
