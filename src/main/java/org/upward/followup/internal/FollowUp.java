package org.upward.followup.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.upward.followup.FollowUpState;

/** One follow-up of a pair; {@code version} goes up with every change and is checked under a row lock. */
@Entity
@Table(name = "follow_up")
class FollowUp {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long pairId;

    private Long sessionId;

    private String text;

    private long ownerId;

    private String state;

    private LocalDate doneOn;

    private Instant createdAt;

    private long version;

    protected FollowUp() {}

    FollowUp(long pairId, Long sessionId, String text, long ownerId, Instant now) {
        this.pairId = pairId;
        this.sessionId = sessionId;
        this.text = text;
        this.ownerId = ownerId;
        this.state = FollowUpState.OPEN.name();
        this.createdAt = now;
    }

    void rewrite(String text, long ownerId) {
        this.text = text;
        this.ownerId = ownerId;
        version++;
    }

    /** Done on {@code day}, or open again; setting the state it already has changes nothing. */
    void setState(FollowUpState next, LocalDate day) {
        if (next.name().equals(state)) {
            return;
        }
        state = next.name();
        doneOn = next == FollowUpState.DONE ? day : null;
        version++;
    }

    Long getId() {
        return id;
    }

    long getPairId() {
        return pairId;
    }

    Long getSessionId() {
        return sessionId;
    }

    String getText() {
        return text;
    }

    long getOwnerId() {
        return ownerId;
    }

    FollowUpState getState() {
        return FollowUpState.valueOf(state);
    }

    LocalDate getDoneOn() {
        return doneOn;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    long getVersion() {
        return version;
    }
}
