package org.upward.pairing.internal;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upward.pairing.PairClosed;
import org.upward.pairing.PairClosing;
import org.upward.pairing.PairStatus;

/** Closes a quiet pair for inactivity when the health job says so: the pair keeps its history. */
@Service
class InactivePairClosing implements PairClosing {

    private final PairRepository pairs;
    private final PairEvents events;
    private final Clock clock;

    InactivePairClosing(PairRepository pairs, PairEvents events, Clock clock) {
        this.pairs = pairs;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public boolean closeForInactivity(long pairId, LocalDate day) {
        MentoringPair pair = pairs.findById(pairId).orElse(null);
        if (pair == null || pair.getStatus() != PairStatus.ACTIVE) {
            return false;
        }
        pair.close(PairClosed.Reason.INACTIVE, day, clock.instant());
        pairs.saveAndFlush(pair);
        events.publish(new PairClosed(
                pair.getId(), pair.getProgramId(), pair.getMentorId(), pair.getMenteeId(), PairClosed.Reason.INACTIVE));
        return true;
    }
}
