package org.upward.pairing.engine;

/** A mentor in dense form for fast scoring: skill levels by skill index, interests as a bit set. */
record CompiledMentor(
        MentorProfile profile,
        int department,
        long[] managerIds,
        int[] levelBySkill,
        long[] interestBits,
        int interestCount) {

    long id() {
        return profile.id();
    }
}
