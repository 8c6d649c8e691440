package org.upward.assessment.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.upward.assessment.AssessmentPhase;

/** The dates between which a program's participants answer one phase's assessment, both days included. */
@Entity
@Table(name = "assessment_window")
class AssessmentWindow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long programId;

    @Enumerated(EnumType.STRING)
    private AssessmentPhase phase;

    private LocalDate opensOn;

    private LocalDate closesOn;

    @Version
    private long version;

    private Instant createdAt;

    private Instant updatedAt;

    protected AssessmentWindow() {}

    AssessmentWindow(long programId, AssessmentPhase phase, Instant now) {
        this.programId = programId;
        this.phase = phase;
        this.createdAt = now;
    }

    void change(LocalDate opensOn, LocalDate closesOn, Instant now) {
        this.opensOn = opensOn;
        this.closesOn = closesOn;
        this.updatedAt = now;
    }

    WindowState state(LocalDate today) {
        if (today.isBefore(opensOn)) {
            return WindowState.UPCOMING;
        }
        return today.isAfter(closesOn) ? WindowState.CLOSED : WindowState.OPEN;
    }

    boolean isOpenOn(LocalDate day) {
        return state(day) == WindowState.OPEN;
    }

    long getProgramId() {
        return programId;
    }

    AssessmentPhase getPhase() {
        return phase;
    }

    LocalDate getOpensOn() {
        return opensOn;
    }

    LocalDate getClosesOn() {
        return closesOn;
    }
}
