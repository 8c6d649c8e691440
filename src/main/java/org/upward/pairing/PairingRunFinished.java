package org.upward.pairing;

/**
 * Published inside the run's transaction once its proposals are stored; {@code accountId} is whoever started
 * the run (null when nobody did, e.g. demo data), also when it ran in the background.
 */
public record PairingRunFinished(long programId, long runId, Long accountId, int pairs, int unmatched) {}
