package org.upward.intake.internal;

import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upward.enrollment.EnrollmentImport;
import org.upward.intake.ApplicationStatus;
import org.upward.intake.ApplicationView;
import org.upward.intake.IntakeSettings;
import org.upward.people.People;
import org.upward.shared.ConflictException;
import org.upward.shared.InvalidFieldException;
import org.upward.shared.UiText;

/**
 * What admins (and the applicant's manager) decide about an application. Accepting enrolls the applicant with
 * the profile they sent; declining or a manager's no frees the place for the next one waiting.
 */
@Service
class ApplicationDecisions {

    static final int MAX_REASON = 1000;

    private final ApplicationStore store;
    private final IntakeStore intakes;
    private final Waitlist waitlist;
    private final ApplicationNotices notices;
    private final EnrollmentImport enrollments;
    private final Clock clock;

    ApplicationDecisions(
            ApplicationStore store,
            IntakeStore intakes,
            Waitlist waitlist,
            ApplicationNotices notices,
            EnrollmentImport enrollments,
            Clock clock) {
        this.store = store;
        this.intakes = intakes;
        this.waitlist = waitlist;
        this.notices = notices;
        this.enrollments = enrollments;
        this.clock = clock;
    }

    @Transactional
    ApplicationView accept(long id) {
        ApplicationRow row = open(id);
        if (row.awaitsManager()) {
            throw conflict("intake.error.awaitsManager");
        }
        store.lockPlaces(row.programId());
        IntakeSettings intake = intakes.find(row.programId()).orElseThrow(ApplicationNotFoundException::new);
        if (row.status() == ApplicationStatus.WAITLISTED && !waitlist.hasPlace(intake, row.programId(), row.side())) {
            throw conflict("intake.error.noPlaceLeft");
        }
        enrollments.save(row.programId(), row.request().draft(row.email()));
        return decide(row, ApplicationStatus.ACCEPTED, null);
    }

    @Transactional
    ApplicationView decline(long id, String reason) {
        ApplicationRow row = open(id);
        return decide(row, ApplicationStatus.DECLINED, reason(reason));
    }

    @Transactional
    ApplicationView waitlist(long id) {
        ApplicationRow row = open(id);
        if (row.status() != ApplicationStatus.PENDING) {
            throw conflict("intake.error.notPending");
        }
        return decide(row, ApplicationStatus.WAITLISTED, null);
    }

    /** The applicant's manager approves, or declines with a reason (which declines the application). */
    @Transactional
    ApplicationView managerDecision(long id, String managerEmail, boolean approve, String reason) {
        ApplicationRow row = store.find(id)
                .filter(r -> r.managerEmail() != null && r.managerEmail().equals(People.normalizeEmail(managerEmail)))
                .orElseThrow(ApplicationNotFoundException::new);
        if (!row.awaitsManager() || !decidable(row)) {
            throw conflict("intake.error.alreadyDecided");
        }
        if (approve) {
            store.setManagerDecision(id, ApplicationRow.APPROVED, blankToNull(reason));
            notices.managerApproved(row);
            ApplicationRow approved = store.find(id).orElseThrow();
            notices.toAdmins(approved);
            return approved.view();
        }
        String why = reason(reason);
        store.setManagerDecision(id, ApplicationRow.DECLINED, why);
        return decide(row, ApplicationStatus.DECLINED, why);
    }

    private ApplicationView decide(ApplicationRow row, ApplicationStatus status, String reason) {
        store.setStatus(row.id(), status, status == ApplicationStatus.DECLINED ? reason : null, clock.instant());
        notices.decided(row, status, reason);
        if (row.status().holdsPlace() && status == ApplicationStatus.DECLINED) {
            waitlist.offerFreedPlaces(row.programId(), row.side());
        }
        return store.find(row.id()).orElseThrow().view();
    }

    /** An application still waiting for a decision (pending or waitlisted), or a 409. */
    private ApplicationRow open(long id) {
        ApplicationRow row = store.find(id).orElseThrow(ApplicationNotFoundException::new);
        if (!decidable(row)) {
            throw conflict("intake.error.alreadyDecided");
        }
        return row;
    }

    private static boolean decidable(ApplicationRow row) {
        return row.status() == ApplicationStatus.PENDING || row.status() == ApplicationStatus.WAITLISTED;
    }

    private static String reason(String reason) {
        String why = blankToNull(reason);
        if (why == null || why.length() > MAX_REASON) {
            throw new InvalidFieldException("reason", UiText.of("intake.error.reasonRequired", MAX_REASON));
        }
        return why;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static ConflictException conflict(String key) {
        return new ConflictException(UiText.of("intake.error.cannotDecideTitle"), UiText.of(key));
    }
}
