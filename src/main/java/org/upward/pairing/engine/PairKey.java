package org.upward.pairing.engine;

/** A mentor–mentee pair by person ids, used for blocked and just-dissolved pairs. */
public record PairKey(long mentorId, long menteeId) {}
