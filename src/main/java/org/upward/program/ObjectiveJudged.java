package org.upward.program;

/** Published when an admin records the verdict on an objective with a qualitative measure. */
public record ObjectiveJudged(long programId, String name, int index, ObjectiveVerdict verdict) {}
