package org.upward.program.internal;

import org.upward.program.MatchingMode;
import org.upward.program.MatchingObjective;
import org.upward.program.MatchingRequest;
import org.upward.program.MatchingSettingsView;

/** The matching settings part of the program form, pre-filled with the defaults. */
class MatchingForm {

    private Double skillGapWeight = MatchingRequest.DEFAULT_SKILL_GAP_WEIGHT;
    private Double sharedInterestWeight = MatchingRequest.DEFAULT_SHARED_INTEREST_WEIGHT;
    private Double workStyleWeight = MatchingRequest.DEFAULT_WORK_STYLE_WEIGHT;
    private Integer minScore = MatchingRequest.DEFAULT_MIN_SCORE;
    private boolean excludeSameDepartment;
    private MatchingObjective objective = MatchingObjective.TOTAL_SCORE;
    private MatchingMode mode = MatchingMode.ADMIN_LED;

    static MatchingForm of(MatchingSettingsView view) {
        MatchingForm form = new MatchingForm();
        form.skillGapWeight = view.skillGapWeight();
        form.sharedInterestWeight = view.sharedInterestWeight();
        form.workStyleWeight = view.workStyleWeight();
        form.minScore = view.minScore();
        form.excludeSameDepartment = view.excludeSameDepartment();
        form.objective = view.objective();
        form.mode = view.mode();
        return form;
    }

    MatchingRequest toRequest() {
        return new MatchingRequest(
                skillGapWeight,
                sharedInterestWeight,
                workStyleWeight,
                minScore,
                excludeSameDepartment,
                objective,
                mode);
    }

    public Double getSkillGapWeight() {
        return skillGapWeight;
    }

    public void setSkillGapWeight(Double skillGapWeight) {
        this.skillGapWeight = skillGapWeight;
    }

    public Double getSharedInterestWeight() {
        return sharedInterestWeight;
    }

    public void setSharedInterestWeight(Double sharedInterestWeight) {
        this.sharedInterestWeight = sharedInterestWeight;
    }

    public Double getWorkStyleWeight() {
        return workStyleWeight;
    }

    public void setWorkStyleWeight(Double workStyleWeight) {
        this.workStyleWeight = workStyleWeight;
    }

    public Integer getMinScore() {
        return minScore;
    }

    public void setMinScore(Integer minScore) {
        this.minScore = minScore;
    }

    public boolean isExcludeSameDepartment() {
        return excludeSameDepartment;
    }

    public void setExcludeSameDepartment(boolean excludeSameDepartment) {
        this.excludeSameDepartment = excludeSameDepartment;
    }

    public MatchingObjective getObjective() {
        return objective;
    }

    public void setObjective(MatchingObjective objective) {
        this.objective = objective;
    }

    public MatchingMode getMode() {
        return mode;
    }

    public void setMode(MatchingMode mode) {
        this.mode = mode;
    }
}
