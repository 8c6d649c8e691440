package org.upward.notification;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.upward.security.InvitationIssued;

/** Mails an invitation after it is committed: a link to choose a password. */
@Component
class InvitationMailer {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'");

    private final OutgoingMail mail;

    InvitationMailer(OutgoingMail mail) {
        this.mail = mail;
    }

    @TransactionalEventListener
    void on(InvitationIssued invitation) {
        String text = "Hello " + invitation.name() + ",\n\n"
                + "You have been invited to Upward, where your company runs its reverse mentoring programs.\n"
                + "Please choose your password here:\n\n"
                + invitation.inviteUrl() + "\n\n"
                + "The link works once and until "
                + DAY.format(invitation.expiresAt().atZone(ZoneOffset.UTC))
                + ".\n\nThank you,\nThe Upward team\n";
        mail.send(invitation.email(), "Your invitation to Upward", text);
    }
}
