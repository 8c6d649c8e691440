package org.upward.pairing;

/** Running the pairing engine over a program, for other modules (the demo data). */
public interface PairingRuns {

    /**
     * Runs the pairing; a preview stores nothing, a stored run replaces the program's proposals and publishes
     * {@link PairingRunFinished}. {@code accountId} is whoever started it, null when nobody did.
     */
    void run(long programId, RunRequest request, Long accountId);
}
