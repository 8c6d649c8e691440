package org.upward.notification.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.upward.notification.NoticeKind;

/** One entry of a person's inbox. */
@Entity
@Table(name = "notification")
class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long personId;

    @Enumerated(EnumType.STRING)
    private NoticeKind kind;

    private String subject;

    private String text;

    private String link;

    private Instant createdAt;

    private Instant readAt;

    protected Notification() {}

    Notification(long personId, NoticeKind kind, String subject, String text, String link, Instant now) {
        this.personId = personId;
        this.kind = kind;
        this.subject = subject;
        this.text = text;
        this.link = link;
        this.createdAt = now;
    }

    void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    NotificationView view() {
        return new NotificationView(id, kind, subject, text, link, createdAt, readAt != null, readAt);
    }

    Long getId() {
        return id;
    }

    long getPersonId() {
        return personId;
    }

    String getLink() {
        return link;
    }
}
