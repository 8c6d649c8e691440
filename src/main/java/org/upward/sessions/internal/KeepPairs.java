package org.upward.sessions.internal;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upward.pairing.PairAccess;
import org.upward.pairing.PairAccess.PairRef;
import org.upward.pairing.PairHealth;
import org.upward.security.UpwardUser;
import org.upward.sessions.PairRetained;
import org.upward.shared.ConflictException;
import org.upward.shared.UiText;

/**
 * An admin's "keep this pair": counts as activity today, so the pair's quiet run (and any warning) ends and the
 * pair does not close. Audited through {@link PairRetained}.
 */
@Service
class KeepPairs {

    /** The kept pair and its health now. */
    record Kept(long pairId, String mentorName, String menteeName, PairHealth health) {}

    private final PairAccess pairs;
    private final PairActivityWindow window;
    private final HealthSteps steps;
    private final PairHealthNow health;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    KeepPairs(
            PairAccess pairs,
            PairActivityWindow window,
            HealthSteps steps,
            PairHealthNow health,
            ApplicationEventPublisher events,
            Clock clock) {
        this.pairs = pairs;
        this.window = window;
        this.steps = steps;
        this.health = health;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Kept keep(long pairId, UpwardUser admin) {
        PairRef pair = pairs.get(pairId);
        window.requireOpen(pair.programId());
        if (!pair.isActive()) {
            throw new ConflictException(
                    UiText.of("sessions.conflict.pairNotActive"), UiText.of("sessions.health.notActive"));
        }
        LocalDate today = LocalDate.now(clock);
        steps.keep(pairId, today, admin.accountId(), clock.instant());
        events.publishEvent(new PairRetained(
                pair.programId(), pairId, pair.mentor().name(), pair.mentee().name(), today));
        return new Kept(
                pairId,
                pair.mentor().name(),
                pair.mentee().name(),
                health.of(pair.programId()).get(pairId));
    }
}
