package org.upward.program;

import java.util.Objects;

/**
 * Published inside the transaction that saves an edit of a program.
 *
 * @param sponsorId the person named as its sponsor after the edit, or null without one
 * @param previousSponsorId the sponsor before the edit, or null without one
 */
public record ProgramChanged(long programId, String name, Long sponsorId, Long previousSponsorId) {

    /** Whether the edit named a sponsor the program did not have: a new sponsor, not a removed one. */
    public boolean newSponsor() {
        return sponsorId != null && !Objects.equals(sponsorId, previousSponsorId);
    }
}
