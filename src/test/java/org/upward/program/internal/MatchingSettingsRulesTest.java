package org.upward.program.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.upward.program.MatchingMode;
import org.upward.program.MatchingObjective;
import org.upward.program.MatchingRequest;
import org.upward.shared.FieldProblem;

class MatchingSettingsRulesTest {

    private static MatchingRequest weights(Double skillGap, Double sharedInterest, Double workStyle) {
        return new MatchingRequest(skillGap, sharedInterest, workStyle, null, null, null, null);
    }

    @Test
    void defaultsAreValidAndAsDocumented() {
        MatchingRequest defaults = MatchingRequest.defaults();
        assertThat(defaults.skillGapWeight()).isEqualTo(0.6);
        assertThat(defaults.sharedInterestWeight()).isEqualTo(0.25);
        assertThat(defaults.workStyleWeight()).isEqualTo(0.15);
        assertThat(defaults.minScore()).isEqualTo(20);
        assertThat(defaults.excludeSameDepartment()).isFalse();
        assertThat(defaults.objective()).isEqualTo(MatchingObjective.TOTAL_SCORE);
        assertThat(defaults.mode()).isEqualTo(MatchingMode.ADMIN_LED);
        assertThat(MatchingSettingsRules.check(null)).isEmpty();
        assertThat(MatchingSettingsRules.check(weights(null, null, null))).isEmpty();
    }

    @Test
    void weightsAtTheEdgesOfZeroToOneAreAccepted() {
        assertThat(MatchingSettingsRules.check(weights(1.0, 0.0, 0.0))).isEmpty();
    }

    @Test
    void eachWeightOutsideZeroToOneIsReportedUnderItsField() {
        assertThat(MatchingSettingsRules.check(weights(1.01, -0.5, Double.NaN)))
                .extracting(FieldProblem::field)
                .containsExactly(
                        "matching.skillGapWeight", "matching.sharedInterestWeight", "matching.workStyleWeight");
    }

    @Test
    void allWeightsZeroIsRefused() {
        assertThat(MatchingSettingsRules.check(weights(0.0, 0.0, 0.0)))
                .singleElement()
                .satisfies(problem -> {
                    assertThat(problem.field()).isEqualTo("matching");
                    assertThat(problem.message()).startsWith("At least one weight must be above 0");
                });
    }

    @Test
    void minimumScoreMustBeWithinZeroToOneHundred() {
        assertThat(MatchingSettingsRules.check(new MatchingRequest(null, null, null, 101, null, null, null)))
                .extracting(FieldProblem::field)
                .containsExactly("matching.minScore");
        assertThat(MatchingSettingsRules.check(new MatchingRequest(null, null, null, 0, null, null, null)))
                .isEmpty();
    }
}
