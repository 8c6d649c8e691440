package org.upward.agreement;

import org.upward.security.UpwardUser;

/** A pair's agreement as its partners' pair page shows it (the page itself belongs to sessions). */
public interface PairAgreements {

    /** The pair's agreement, or its draft from the program's template when none is saved yet; partners and admins. */
    AgreementView get(long pairId, UpwardUser me);
}
