package org.upward.pairing;

/**
 * How many of a program's pairs wait for the admin: proposed ones to review, agreed ones (approved or active), and
 * live ones a partner or admin flagged.
 */
public record PairTally(long proposed, long agreed, long flagged) {}
