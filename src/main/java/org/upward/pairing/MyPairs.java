package org.upward.pairing;

import java.util.List;

/** A participant's own pairs, for their home page and their check-ins. */
public interface MyPairs {

    /** A participant's approved and active pairs, in every program. Proposals stay private to the admin. */
    List<MyPair> of(String email);
}
