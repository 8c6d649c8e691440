package org.upward.program.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.upward.program.MatchingMode;
import org.upward.program.MatchingObjective;
import org.upward.program.MatchingRequest;
import org.upward.program.MatchingSettingsView;

/** How a program pairs people: score weights, minimum score and constraints. */
@Embeddable
class MatchingSettings {

    private double skillGapWeight;

    private double sharedInterestWeight;

    private double workStyleWeight;

    private int minScore;

    private boolean excludeSameDepartment;

    @Enumerated(EnumType.STRING)
    @Column(name = "matching_objective")
    private MatchingObjective objective;

    @Enumerated(EnumType.STRING)
    @Column(name = "matching_mode")
    private MatchingMode mode;

    protected MatchingSettings() {}

    static MatchingSettings of(MatchingRequest requested) {
        MatchingRequest settings = requested == null ? MatchingRequest.defaults() : requested.withDefaults();
        MatchingSettings matching = new MatchingSettings();
        matching.skillGapWeight = settings.skillGapWeight();
        matching.sharedInterestWeight = settings.sharedInterestWeight();
        matching.workStyleWeight = settings.workStyleWeight();
        matching.minScore = settings.minScore();
        matching.excludeSameDepartment = settings.excludeSameDepartment();
        matching.objective = settings.objective();
        matching.mode = settings.mode();
        return matching;
    }

    MatchingSettings copy() {
        MatchingSettings copy = new MatchingSettings();
        copy.skillGapWeight = skillGapWeight;
        copy.sharedInterestWeight = sharedInterestWeight;
        copy.workStyleWeight = workStyleWeight;
        copy.minScore = minScore;
        copy.excludeSameDepartment = excludeSameDepartment;
        copy.objective = objective;
        copy.mode = mode;
        return copy;
    }

    MatchingSettingsView view() {
        return new MatchingSettingsView(
                skillGapWeight,
                sharedInterestWeight,
                workStyleWeight,
                minScore,
                excludeSameDepartment,
                objective,
                mode);
    }
}
