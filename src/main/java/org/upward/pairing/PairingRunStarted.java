package org.upward.pairing;

/** A background pairing run was claimed for the program; {@code accountId} is whoever started it. */
public record PairingRunStarted(long programId, long accountId) {}
