package org.upward.intake.internal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.upward.intake.ApplicationDecided;
import org.upward.intake.ApplicationStatus;
import org.upward.notification.Notice;
import org.upward.notification.NoticeKind;
import org.upward.notification.NoticeTexts;
import org.upward.program.ProgramService;
import org.upward.security.AccountRoles;

/** Tells applicants (and their managers) what happened to an application, and records the decision. */
@Component
class ApplicationNotices {

    private final ApplicationEventPublisher events;
    private final NoticeTexts texts;
    private final ProgramService programs;
    private final AccountRoles accounts;

    ApplicationNotices(
            ApplicationEventPublisher events, NoticeTexts texts, ProgramService programs, AccountRoles accounts) {
        this.events = events;
        this.texts = texts;
        this.programs = programs;
        this.accounts = accounts;
    }

    /** The applicant hears their application's new status; {@code reason} (may be null) is quoted. */
    void toApplicant(ApplicationRow row, ApplicationStatus status, String reason) {
        tell(row, status.name(), reason);
    }

    void managerApproved(ApplicationRow row) {
        tell(row, "APPROVED", null);
    }

    private void tell(ApplicationRow row, String what, String reason) {
        String program = programs.get(row.programId()).name();
        String text = texts.of("intake.notice." + what + ".text", program)
                + (reason == null ? "" : "\n\n" + texts.of("intake.notice.reason", reason));
        events.publishEvent(new Notice(
                row.email(),
                NoticeKind.APPLICATION,
                texts.of("intake.notice." + what + ".subject", program),
                text,
                "/programs/" + row.programId() + "/apply"));
    }

    /** Every admin hears of an application once it waits for their decision (after the manager's approval). */
    void toAdmins(ApplicationRow row) {
        String program = programs.get(row.programId()).name();
        String side = texts.of("intake.notice.as." + row.side().name());
        for (String admin : accounts.adminEmails()) {
            events.publishEvent(new Notice(
                    admin,
                    NoticeKind.APPLICATION,
                    texts.of("intake.notice.admin.subject", program),
                    texts.of("intake.notice.admin.text", row.name(), program, side),
                    "/admin/programs/" + row.programId() + "/intake?status="
                            + row.status().name()));
        }
    }

    void toManager(ApplicationRow row) {
        String program = programs.get(row.programId()).name();
        events.publishEvent(new Notice(
                row.managerEmail(),
                NoticeKind.APPLICATION,
                texts.of("intake.notice.manager.subject", row.name(), program),
                texts.of("intake.notice.manager.text", row.name(), program),
                "/applications/" + row.id() + "/manager-approval"));
    }

    /** Tells the applicant and publishes the decision for the audit log. */
    void decided(ApplicationRow row, ApplicationStatus status, String reason) {
        toApplicant(row, status, reason);
        events.publishEvent(new ApplicationDecided(row.id(), row.programId(), row.email(), status, reason));
    }
}
