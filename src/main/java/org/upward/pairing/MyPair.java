package org.upward.pairing;

/**
 * One of a participant's own pairs, as their home page shows it: the partner and why they were paired, and
 * whether it can still be flagged (an agreed pair while its program is matching or running).
 */
public record MyPair(
        long pairId,
        long programId,
        String programName,
        String partnerName,
        String partnerEmail,
        boolean iAmMentor,
        PairStatus status,
        String explanation,
        boolean flagged,
        boolean flaggable) {

    public boolean introChatDue() {
        return status == PairStatus.APPROVED;
    }
}
