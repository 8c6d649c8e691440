package org.upward.pairing.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A mentee's request to be paired with one mentor, in a program where participants choose. */
@Entity
@Table(name = "pair_request")
class PairRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long programId;

    private long menteeId;

    private long mentorId;

    @Enumerated(EnumType.STRING)
    private PairRequestStatus status;

    private Instant createdAt;

    private Instant updatedAt;

    @Version
    private long version;

    protected PairRequest() {}

    PairRequest(long programId, long menteeId, long mentorId, Instant now) {
        this.programId = programId;
        this.menteeId = menteeId;
        this.mentorId = mentorId;
        this.status = PairRequestStatus.REQUESTED;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void moveTo(PairRequestStatus next, Instant now) {
        status = next;
        updatedAt = now;
    }

    Long getId() {
        return id;
    }

    long getProgramId() {
        return programId;
    }

    long getMenteeId() {
        return menteeId;
    }

    long getMentorId() {
        return mentorId;
    }

    PairRequestStatus getStatus() {
        return status;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    long getVersion() {
        return version;
    }
}
