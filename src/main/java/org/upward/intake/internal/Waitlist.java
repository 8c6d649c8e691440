package org.upward.intake.internal;

import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.upward.enrollment.Side;
import org.upward.intake.ApplicationStatus;
import org.upward.intake.IntakeSettings;

/**
 * A side's places: whether one is free, and offering freed ones to the waitlist in order (the first waiting
 * application becomes PENDING again, for the admin to decide, and its applicant is told).
 */
@Component
class Waitlist {

    private final ApplicationStore store;
    private final IntakeStore intakes;
    private final ApplicationNotices notices;
    private final Clock clock;

    Waitlist(ApplicationStore store, IntakeStore intakes, ApplicationNotices notices, Clock clock) {
        this.store = store;
        this.intakes = intakes;
        this.notices = notices;
        this.clock = clock;
    }

    /** Whether the side has a free place; call {@link ApplicationStore#lockPlaces} first. */
    boolean hasPlace(IntakeSettings intake, long programId, Side side) {
        Integer places = intake.places().get(side);
        return places == null || store.holdingPlaces(programId, side) < places;
    }

    /** Offers every free place of the side to the next waiting applicants. */
    void offerFreedPlaces(long programId, Side side) {
        Optional<IntakeSettings> intake = intakes.find(programId);
        if (intake.isEmpty()) {
            return;
        }
        store.lockPlaces(programId);
        while (hasPlace(intake.get(), programId, side)) {
            Optional<Long> next = store.firstWaitlisted(programId, side);
            if (next.isEmpty()) {
                return;
            }
            store.setStatus(next.get(), ApplicationStatus.PENDING, null, clock.instant());
            notices.decided(store.find(next.get()).orElseThrow(), ApplicationStatus.PENDING, null);
        }
    }
}
