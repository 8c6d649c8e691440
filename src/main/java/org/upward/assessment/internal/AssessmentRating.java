package org.upward.assessment.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.upward.assessment.AssessmentPhase;

/** One level (1–5) given by a rater to a subject on one skill in one phase; rater = subject rates themself. */
@Entity
@Table(name = "assessment_rating")
class AssessmentRating {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long programId;

    @Enumerated(EnumType.STRING)
    private AssessmentPhase phase;

    private long raterId;

    private long subjectId;

    private long skillId;

    private int level;

    private LocalDate answeredOn;

    private Instant createdAt;

    private Instant updatedAt;

    protected AssessmentRating() {}

    AssessmentRating(long programId, AssessmentPhase phase, long raterId, long subjectId, long skillId, Instant now) {
        this.programId = programId;
        this.phase = phase;
        this.raterId = raterId;
        this.subjectId = subjectId;
        this.skillId = skillId;
        this.createdAt = now;
    }

    void rate(int level, LocalDate answeredOn, Instant now) {
        this.level = level;
        this.answeredOn = answeredOn;
        this.updatedAt = now;
    }

    AssessmentPhase getPhase() {
        return phase;
    }

    long getRaterId() {
        return raterId;
    }

    long getSubjectId() {
        return subjectId;
    }

    long getSkillId() {
        return skillId;
    }

    int getLevel() {
        return level;
    }

    LocalDate getAnsweredOn() {
        return answeredOn;
    }
}
