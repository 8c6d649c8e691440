package org.upward.pairing.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.upward.pairing.PairClosed;
import org.upward.pairing.PairStatus;

/** A mentor and a mentee in one program, from proposal to dissolution. */
@Entity
@Table(name = "mentoring_pair")
class MentoringPair {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long programId;

    private Long runId;

    private long mentorId;

    private long menteeId;

    private BigDecimal score;

    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, Double> breakdown;

    @Column(columnDefinition = "text")
    private String explanation;

    @Column(columnDefinition = "text")
    private String warnings;

    @Enumerated(EnumType.STRING)
    private PairStatus status;

    private boolean manual;

    private boolean flagged;

    private String flagNote;

    /** The person who raised the flag: with admins, the only one who sees it and its note. */
    private Long flaggedBy;

    private String dissolvedReason;

    private Long replacesPairId;

    @Enumerated(EnumType.STRING)
    private PairClosed.Reason closedReason;

    private LocalDate closedOn;

    @Version
    private long version;

    private Instant createdAt;

    private Instant updatedAt;

    private Instant activatedAt;

    protected MentoringPair() {}

    MentoringPair(long programId, Long runId, long mentorId, long menteeId, Proposal proposal, Instant now) {
        this.programId = programId;
        this.runId = runId;
        this.mentorId = mentorId;
        this.menteeId = menteeId;
        this.score = BigDecimal.valueOf(proposal.score());
        this.breakdown = proposal.breakdown();
        this.explanation = proposal.explanation();
        this.warnings = proposal.warnings().isEmpty() ? null : String.join("\n", proposal.warnings());
        this.manual = proposal.manual();
        this.status = PairStatus.PROPOSED;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** The engine's or the admin's case for a pair. */
    record Proposal(
            double score,
            Map<String, Double> breakdown,
            String explanation,
            java.util.List<String> warnings,
            boolean manual) {}

    void moveTo(PairStatus next, Instant now) {
        if (next == PairStatus.ACTIVE && activatedAt == null) {
            activatedAt = now;
        }
        status = next;
        updatedAt = now;
    }

    void flag(String note, long byPersonId, Instant now) {
        flagged = true;
        flagNote = note;
        flaggedBy = byPersonId;
        updatedAt = now;
    }

    /** Whether the person raised this pair's flag (and so, if not an admin, may see it and its note). */
    boolean flagRaisedBy(long personId) {
        return flaggedBy != null && flaggedBy == personId;
    }

    void resolveFlag(Instant now) {
        flagged = false;
        updatedAt = now;
    }

    void dissolve(String reason, Instant now) {
        status = PairStatus.DISSOLVED;
        dissolvedReason = reason;
        updatedAt = now;
    }

    void close(PairClosed.Reason reason, LocalDate on, Instant now) {
        status = PairStatus.CLOSED;
        closedReason = reason;
        closedOn = on;
        updatedAt = now;
    }

    PairClosed.Reason getClosedReason() {
        return closedReason;
    }

    LocalDate getClosedOn() {
        return closedOn;
    }

    void replacing(long pairId) {
        replacesPairId = pairId;
    }

    Instant getActivatedAt() {
        return activatedAt;
    }

    Long getId() {
        return id;
    }

    long getProgramId() {
        return programId;
    }

    long getMentorId() {
        return mentorId;
    }

    long getMenteeId() {
        return menteeId;
    }

    BigDecimal getScore() {
        return score;
    }

    Map<String, Double> getBreakdown() {
        return breakdown;
    }

    String getExplanation() {
        return explanation;
    }

    String getWarnings() {
        return warnings;
    }

    PairStatus getStatus() {
        return status;
    }

    boolean isManual() {
        return manual;
    }

    boolean isFlagged() {
        return flagged;
    }

    String getFlagNote() {
        return flagNote;
    }

    String getDissolvedReason() {
        return dissolvedReason;
    }

    Long getReplacesPairId() {
        return replacesPairId;
    }

    long getVersion() {
        return version;
    }
}
