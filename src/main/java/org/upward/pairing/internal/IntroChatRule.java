package org.upward.pairing.internal;

import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.upward.pairing.IntroChats;
import org.upward.shared.ConflictException;
import org.upward.shared.UiText;

/**
 * The intro chat cannot be said to have happened before it was planned to start, by the admin's "Intro chat
 * held" or by a partner's fit check alike. Without a planned intro chat (they met without planning it here)
 * nothing is checked.
 */
@Component
class IntroChatRule {

    private final ObjectProvider<IntroChats> introChats;
    private final Clock clock;

    IntroChatRule(ObjectProvider<IntroChats> introChats, Clock clock) {
        this.introChats = introChats;
        this.clock = clock;
    }

    /** Refused with the message of {@code messageKey} while the planned intro chat lies ahead. */
    void requireHeld(long pairId, String messageKey) {
        IntroChats plans = introChats.getIfAvailable();
        if (plans == null) {
            return;
        }
        plans.plannedStart(pairId)
                .filter(start -> start.isAfter(clock.instant()))
                .ifPresent(start -> {
                    throw new ConflictException(UiText.of("pairing.conflict.introChatAhead"), UiText.of(messageKey));
                });
    }
}
