package org.upward.notification;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** Mails a stored notice after its transaction commits: plain text with an absolute link. */
@Component
class NoticeMailer {

    private final OutgoingMail mail;
    private final String baseUrl;

    NoticeMailer(OutgoingMail mail, @Value("${upward.base-url}") String baseUrl) {
        this.mail = mail;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    @TransactionalEventListener
    void on(NoticeMail notice) {
        mail.send(notice.to(), notice.subject(), body(notice));
    }

    String body(NoticeMail notice) {
        return "Hello " + notice.name() + ",\n\n"
                + notice.text() + "\n\n"
                + "You can see it in Upward here:\n"
                + baseUrl + notice.link() + "\n\n"
                + "If you would rather not receive these emails, you can turn them off on your notifications page:\n"
                + baseUrl + "/notifications\n\n"
                + "Thank you,\nThe Upward team\n";
    }
}
