package org.upward.outcome.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

@Entity
@Table(name = "business_outcome")
class BusinessOutcome {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long programId;

    @Enumerated(EnumType.STRING)
    private OutcomeType type;

    private String description;

    private BigDecimal value;

    private LocalDate occurredOn;

    private Long pairId;

    private String recordedBy;

    private Instant createdAt;

    protected BusinessOutcome() {}

    BusinessOutcome(long programId, OutcomeRequest request, String recordedBy, Instant now) {
        this.programId = programId;
        this.type = request.type();
        this.description = request.description().trim();
        this.value = request.value();
        this.occurredOn = request.date();
        this.pairId = request.pairId();
        this.recordedBy = recordedBy;
        this.createdAt = now;
    }

    OutcomeView view() {
        return new OutcomeView(id, programId, type, description, value, occurredOn, pairId, recordedBy);
    }
}
