package org.upward.pairing;

/**
 * Published inside the transaction that ends a live pair before its program ends, with the reason it ended.
 * The pair keeps its history; its partners get a wrap-up. Published for a pair that had been agreed (approved or
 * active): a proposal that ends is closed quietly, as participants never saw it.
 */
public record PairClosed(long pairId, long programId, long mentorId, long menteeId, Reason reason) {

    public enum Reason {
        /** Quiet for the program's number of cadence periods and nobody acted on the warning. */
        INACTIVE,
        /** One of the partners left the company (their leave date came, or the identity provider deactivated them). */
        LEFT_COMPANY
    }
}
