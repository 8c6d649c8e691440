package org.upward.pairing.engine;

/**
 * A mentee in dense form for fast scoring: wanted skills as parallel arrays, interests as a bit set, and the
 * skill-gap denominator {@code Σ priority × (5 − current level)} computed once.
 */
record CompiledMentee(
        MenteeProfile profile,
        int department,
        long[] managerIds,
        int[] wantedSkills,
        int[] currentLevels,
        int[] priorityWeights,
        int skillGapDenominator,
        long[] interestBits,
        int interestCount) {

    long id() {
        return profile.id();
    }
}
