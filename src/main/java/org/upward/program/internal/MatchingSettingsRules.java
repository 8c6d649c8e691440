package org.upward.program.internal;

import java.util.ArrayList;
import java.util.List;
import org.upward.program.MatchingRequest;
import org.upward.shared.FieldProblem;
import org.upward.shared.UiText;

/** The rules for matching settings: weights in 0–1 and not all zero, a minimum score in 0–100. */
final class MatchingSettingsRules {

    private MatchingSettingsRules() {}

    /** Every broken rule of the settings (absent values count as their defaults), under {@code matching.*}. */
    static List<FieldProblem> check(MatchingRequest requested) {
        MatchingRequest settings = (requested == null ? MatchingRequest.defaults() : requested.withDefaults());
        List<FieldProblem> problems = new ArrayList<>();
        checkWeight("skillGapWeight", UiText.of("program.error.weightSkillGap"), settings.skillGapWeight(), problems);
        checkWeight(
                "sharedInterestWeight",
                UiText.of("program.error.weightSharedInterest"),
                settings.sharedInterestWeight(),
                problems);
        checkWeight(
                "workStyleWeight", UiText.of("program.error.weightWorkStyle"), settings.workStyleWeight(), problems);
        if (problems.isEmpty()
                && settings.skillGapWeight() + settings.sharedInterestWeight() + settings.workStyleWeight() == 0) {
            problems.add(new FieldProblem("matching", UiText.of("program.error.atLeastOneWeightMustBe")));
        }
        if (settings.minScore() < 0 || settings.minScore() > 100) {
            problems.add(
                    new FieldProblem("matching.minScore", UiText.of("program.error.theMinimumScoreMustBeBetween")));
        }
        return problems;
    }

    private static void checkWeight(String field, String label, double weight, List<FieldProblem> problems) {
        if (Double.isNaN(weight) || weight < 0 || weight > 1) {
            problems.add(
                    new FieldProblem("matching." + field, UiText.of("program.error.theWeightMustBeBetween0", label)));
        }
    }
}
