package org.upward.agreement;

import org.upward.security.UpwardUser;

/** A pair's agreement as its partners' pair page shows it (the page itself belongs to sessions). */
public interface PairAgreements {

    /** The pair's agreement, or its draft from the program's template when none is saved yet; partners and admins. */
    AgreementView get(long pairId, UpwardUser me);

    /** A partner writes the agreement; a change to the text or the goals clears the confirmations. */
    AgreementView write(long pairId, AgreementRequest request, UpwardUser me);

    /** A partner confirms the current version ({@code version} null: whichever is current). */
    AgreementView confirm(long pairId, Long version, UpwardUser me);

    /**
     * Marks one of the pair's goals done (or open again) as progress, by a partner: unlike writing the agreement,
     * this keeps both partners' confirmations, since the agreement itself did not change. An id that is not one of
     * the pair's goals is a 422 naming {@code goalsDone}.
     */
    AgreementView markGoal(long pairId, long goalId, AgreementView.GoalStatus status, UpwardUser me);
}
