package org.upward.program;

/** A program's matching settings as sent by a client; absent values take the defaults. */
public record MatchingRequest(
        Double skillGapWeight,
        Double sharedInterestWeight,
        Double workStyleWeight,
        Integer minScore,
        Boolean excludeSameDepartment,
        MatchingObjective objective,
        MatchingMode mode) {

    public static final double DEFAULT_SKILL_GAP_WEIGHT = 0.6;
    public static final double DEFAULT_SHARED_INTEREST_WEIGHT = 0.25;
    public static final double DEFAULT_WORK_STYLE_WEIGHT = 0.15;
    public static final int DEFAULT_MIN_SCORE = 20;

    public static MatchingRequest defaults() {
        return new MatchingRequest(null, null, null, null, null, null, null).withDefaults();
    }

    /** The same settings with every absent value replaced by its default. */
    public MatchingRequest withDefaults() {
        return new MatchingRequest(
                skillGapWeight == null ? DEFAULT_SKILL_GAP_WEIGHT : skillGapWeight,
                sharedInterestWeight == null ? DEFAULT_SHARED_INTEREST_WEIGHT : sharedInterestWeight,
                workStyleWeight == null ? DEFAULT_WORK_STYLE_WEIGHT : workStyleWeight,
                minScore == null ? DEFAULT_MIN_SCORE : minScore,
                excludeSameDepartment != null && excludeSameDepartment,
                objective == null ? MatchingObjective.TOTAL_SCORE : objective,
                mode == null ? MatchingMode.ADMIN_LED : mode);
    }
}
