package org.upward.messaging.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.upward.messaging.MessageKind;

/** A program's own wording of one kind of message; without one, the default in the bundles is sent. */
@Entity
@Table(name = "message_template")
class MessageTemplate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long programId;

    @Enumerated(EnumType.STRING)
    private MessageKind kind;

    private String subject;

    @Column(columnDefinition = "text")
    private String body;

    private Instant updatedAt;

    @Version
    private Long version;

    protected MessageTemplate() {}

    MessageTemplate(long programId, MessageKind kind) {
        this.programId = programId;
        this.kind = kind;
    }

    void write(String subject, String body, Instant now) {
        this.subject = subject;
        this.body = body;
        this.updatedAt = now;
    }

    MessageKind getKind() {
        return kind;
    }

    String getSubject() {
        return subject;
    }

    String getBody() {
        return body;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }
}
