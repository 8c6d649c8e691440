package org.upward.intake.internal;

import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.upward.intake.ApplicationDecided;
import org.upward.intake.ApplicationStatus;
import org.upward.messaging.MessageKind;
import org.upward.messaging.MessageTemplates;
import org.upward.messaging.WrittenMessage;
import org.upward.notification.Notice;
import org.upward.notification.NoticeKind;
import org.upward.notification.NoticeTexts;
import org.upward.people.People;
import org.upward.people.PersonRef;
import org.upward.program.ProgramService;
import org.upward.security.AccountRoles;

/** Tells applicants (and their managers) what happened to an application, and records the decision. */
@Component
class ApplicationNotices {

    private final ApplicationEventPublisher events;
    private final NoticeTexts texts;
    /** The statuses whose notice is a message template the program may word its own way. */
    private static final Map<String, MessageKind> KINDS = Map.of(
            "PENDING", MessageKind.APPLICATION_RECEIVED,
            "ACCEPTED", MessageKind.APPLICATION_ACCEPTED,
            "DECLINED", MessageKind.APPLICATION_DECLINED,
            "WAITLISTED", MessageKind.APPLICATION_WAITLISTED,
            "APPROVED", MessageKind.APPLICATION_MANAGER_APPROVED);

    private final ProgramService programs;
    private final MessageTemplates templates;
    private final AccountRoles accounts;
    private final People people;

    ApplicationNotices(
            ApplicationEventPublisher events,
            NoticeTexts texts,
            ProgramService programs,
            MessageTemplates templates,
            AccountRoles accounts,
            People people) {
        this.people = people;
        this.events = events;
        this.texts = texts;
        this.programs = programs;
        this.templates = templates;
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
        String link = "/programs/" + row.programId() + "/apply";
        MessageKind kind = KINDS.get(what);
        WrittenMessage message = kind == null
                ? new WrittenMessage(
                        texts.of("intake.notice." + what + ".subject", program),
                        texts.of("intake.notice." + what + ".text", program))
                : templates.write(
                        row.programId(),
                        kind,
                        Map.of(
                                "firstName", MessageTemplates.firstName(row.name()),
                                "programName", program,
                                "link", link));
        String text = message.text() + (reason == null ? "" : "\n\n" + texts.of("intake.notice.reason", reason));
        events.publishEvent(new Notice(row.email(), NoticeKind.APPLICATION, message.subject(), text, link));
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
        String link = "/applications/" + row.id() + "/manager-approval";
        String managerName =
                people.findByEmail(row.managerEmail()).map(PersonRef::name).orElse("");
        WrittenMessage message = templates.write(
                row.programId(),
                MessageKind.MANAGER_APPROVAL_REQUEST,
                Map.of(
                        "firstName", MessageTemplates.firstName(managerName),
                        "applicantName", row.name(),
                        "programName", programs.get(row.programId()).name(),
                        "link", link));
        events.publishEvent(
                new Notice(row.managerEmail(), NoticeKind.APPLICATION, message.subject(), message.text(), link));
    }

    /** Tells the applicant and publishes the decision for the audit log. */
    void decided(ApplicationRow row, ApplicationStatus status, String reason) {
        toApplicant(row, status, reason);
        events.publishEvent(new ApplicationDecided(row.id(), row.programId(), row.email(), status, reason));
    }
}
