package org.upward.notification;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.upward.security.InvitationIssued;
import org.upward.timezone.Moments;

/** Mails an invitation after it is committed: a link to choose a password. */
@Component
class InvitationMailer {

    private final OutgoingMail mail;
    private final Moments moments;

    InvitationMailer(OutgoingMail mail, Moments moments) {
        this.mail = mail;
        this.moments = moments;
    }

    @TransactionalEventListener
    void on(InvitationIssued invitation) {
        String text = "Hello " + invitation.name() + ",\n\n"
                + "You have been invited to Upward, where your company runs its reverse mentoring programs.\n"
                + "Please choose your password here:\n\n"
                + invitation.inviteUrl() + "\n\n"
                + "The link works once and until "
                + moments.forRecipient(invitation.expiresAt(), invitation.email())
                + ".\n\nThank you,\nThe Upward team\n";
        mail.send(invitation.email(), "Your invitation to Upward", text);
    }
}
