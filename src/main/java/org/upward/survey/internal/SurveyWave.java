package org.upward.survey.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.upward.survey.WaveStatus;

/** One survey wave of a program: its name and the days it is open (both included). */
@Entity
@Table(name = "survey_wave")
class SurveyWave {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long programId;

    private String name;

    private LocalDate opensOn;

    private LocalDate closesOn;

    @Version
    private long version;

    private Instant createdAt;

    private Instant updatedAt;

    protected SurveyWave() {}

    SurveyWave(long programId, Instant now) {
        this.programId = programId;
        this.createdAt = now;
    }

    void schedule(String name, LocalDate opensOn, LocalDate closesOn, Instant now) {
        this.name = name;
        this.opensOn = opensOn;
        this.closesOn = closesOn;
        this.updatedAt = now;
    }

    WaveStatus status(LocalDate today) {
        return WaveStatus.on(today, opensOn, closesOn);
    }

    Long getId() {
        return id;
    }

    long getProgramId() {
        return programId;
    }

    String getName() {
        return name;
    }

    LocalDate getOpensOn() {
        return opensOn;
    }

    LocalDate getClosesOn() {
        return closesOn;
    }
}
