package org.upward.pairing.internal;

import java.time.Clock;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.upward.pairing.PairClosed;
import org.upward.people.PersonLeft;

/**
 * Ends a leaver's live pairs, in the transaction that recorded the departure: each is CLOSED with the reason
 * "left the company" on the leave date, keeping its history. An agreed pair publishes {@link PairClosed} (the
 * partners' wrap-ups follow) and its partner is offered a new partner; the admins are told of every pair ended.
 */
@Component
class LeaverPairs {

    private final PairRepository pairs;
    private final PairEvents events;
    private final LeaverNotices notices;
    private final Clock clock;

    LeaverPairs(PairRepository pairs, PairEvents events, LeaverNotices notices, Clock clock) {
        this.pairs = pairs;
        this.events = events;
        this.notices = notices;
        this.clock = clock;
    }

    @EventListener
    void on(PersonLeft event) {
        List<MentoringPair> live = pairs.findByPartner(event.personId()).stream()
                .filter(pair -> pair.getStatus().isLive())
                .toList();
        for (MentoringPair pair : live) {
            boolean agreed = pair.getStatus().isAgreed();
            pair.close(PairClosed.Reason.LEFT_COMPANY, event.leftOn(), clock.instant());
            pairs.saveAndFlush(pair);
            if (agreed) {
                events.publish(new PairClosed(
                        pair.getId(),
                        pair.getProgramId(),
                        pair.getMentorId(),
                        pair.getMenteeId(),
                        PairClosed.Reason.LEFT_COMPANY));
            }
            notices.partnerLeft(pair, event, agreed);
        }
    }
}
