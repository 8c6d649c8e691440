package org.upward.pairing.engine;

/** A pair the engine proposes, with its score 0–100 (two decimals) and why it was made. */
public record ProposedPair(long mentorId, long menteeId, double score, Breakdown breakdown, String explanation) {}
