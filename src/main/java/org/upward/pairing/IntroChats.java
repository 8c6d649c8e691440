package org.upward.pairing;

import java.time.Instant;
import java.util.Optional;

/**
 * When a pair's intro chat is planned to start, told by the feature that plans meetings (sessions implements
 * it; pairing only asks). The intro chat cannot be said to have happened before then.
 */
public interface IntroChats {

    /** The start of the pair's planned intro chat, if one is planned with a time. */
    Optional<Instant> plannedStart(long pairId);
}
