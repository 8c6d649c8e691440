package org.upward.sessions.internal;

import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.upward.pairing.IntroChats;

/** Tells pairing when a pair's intro chat was planned to start, so it is not said to be held before then. */
@Component
class PlannedIntroChats implements IntroChats {

    private final PlannedSessionRepository planned;

    PlannedIntroChats(PlannedSessionRepository planned) {
        this.planned = planned;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Instant> plannedStart(long pairId) {
        return planned.findFirstByPairIdAndIntroChatTrueOrderByIdAsc(pairId).map(PlannedSession::getStartsAt);
    }
}
