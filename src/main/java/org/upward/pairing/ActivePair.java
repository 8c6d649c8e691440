package org.upward.pairing;

import java.time.Instant;

/** A pair that is active now, with its partners and when it became active. */
public record ActivePair(long pairId, long mentorId, long menteeId, Instant activatedAt) {}
