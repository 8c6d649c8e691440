package org.upward.pairing;

/** A background pairing run ended without storing anything; {@code accountId} is whoever started it. */
public record PairingRunFailed(long programId, long accountId, String reason) {}
