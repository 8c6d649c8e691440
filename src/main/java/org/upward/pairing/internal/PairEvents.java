package org.upward.pairing.internal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.upward.pairing.PairDecided;
import org.upward.pairing.PairDecided.Decision;

/** Tells the other features what was decided about a pair, inside the deciding transaction. */
@Component
class PairEvents {

    private final ApplicationEventPublisher events;

    PairEvents(ApplicationEventPublisher events) {
        this.events = events;
    }

    void decided(Decision decision, MentoringPair pair, String note) {
        events.publishEvent(new PairDecided(
                decision, pair.getId(), pair.getProgramId(), pair.getMentorId(), pair.getMenteeId(), note));
    }

    void publish(Object event) {
        events.publishEvent(event);
    }
}
