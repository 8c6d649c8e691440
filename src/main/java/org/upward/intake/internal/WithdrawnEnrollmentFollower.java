package org.upward.intake.internal;

import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.upward.enrollment.ParticipantRemoved;
import org.upward.intake.ApplicationStatus;

/**
 * When an admin withdraws someone who joined through an application, that application is withdrawn too and its
 * place goes to the next one waiting on the side; the person is told, and the audit log records it.
 */
@Component
class WithdrawnEnrollmentFollower {

    private final ApplicationStore store;
    private final Waitlist waitlist;
    private final Clock clock;
    private final ApplicationNotices notices;

    WithdrawnEnrollmentFollower(ApplicationStore store, Waitlist waitlist, Clock clock, ApplicationNotices notices) {
        this.notices = notices;
        this.store = store;
        this.waitlist = waitlist;
        this.clock = clock;
    }

    @EventListener
    void on(ParticipantRemoved event) {
        store.byPerson(event.personId()).stream()
                .filter(row -> row.programId() == event.programId() && row.status() == ApplicationStatus.ACCEPTED)
                .findFirst()
                .ifPresent(row -> {
                    store.setStatus(row.id(), ApplicationStatus.WITHDRAWN, null, clock.instant());
                    notices.decided(row, ApplicationStatus.WITHDRAWN, null);
                    waitlist.offerFreedPlaces(row.programId(), row.side());
                });
    }
}
