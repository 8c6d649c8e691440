package org.upward.notification.internal;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.upward.notification.NoticeTexts;
import org.upward.security.InvitationIssued;
import org.upward.timezone.Moments;

/** Mails an invitation after it is committed: a link to choose a password. */
@Component
class InvitationMailer {

    private final OutgoingMail mail;
    private final Moments moments;

    private final NoticeTexts texts;

    InvitationMailer(OutgoingMail mail, Moments moments, NoticeTexts texts) {
        this.texts = texts;
        this.mail = mail;
        this.moments = moments;
    }

    @TransactionalEventListener
    void on(InvitationIssued invitation) {
        String text = texts.of(
                "notifications.mail.invitation.body",
                invitation.name(),
                invitation.inviteUrl(),
                moments.forRecipient(invitation.expiresAt(), invitation.email()));
        mail.send(invitation.email(), texts.of("notifications.mail.invitation.subject"), text);
    }
}
