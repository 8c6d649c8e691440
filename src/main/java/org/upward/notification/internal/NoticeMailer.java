package org.upward.notification.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.upward.notification.NoticeTexts;

/** Mails a stored notice after its transaction commits: plain text with an absolute link. */
@Component
class NoticeMailer {

    private final OutgoingMail mail;
    private final String baseUrl;

    private final NoticeTexts texts;

    NoticeMailer(OutgoingMail mail, @Value("${upward.base-url}") String baseUrl, NoticeTexts texts) {
        this.texts = texts;
        this.mail = mail;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    @TransactionalEventListener
    void on(NoticeRecorded notice) {
        mail.send(notice.to(), notice.subject(), body(notice));
    }

    String body(NoticeRecorded notice) {
        return texts.of(
                "notifications.mail.notice.body",
                notice.name(),
                notice.text(),
                baseUrl + notice.link(),
                baseUrl + "/notifications");
    }
}
