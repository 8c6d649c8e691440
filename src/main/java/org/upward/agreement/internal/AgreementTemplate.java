package org.upward.agreement.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A program's own agreement template; without one, pairs start from the default that ships. */
@Entity
@Table(name = "agreement_template")
class AgreementTemplate {

    @Id
    private Long programId;

    @Column(columnDefinition = "text")
    private String text;

    @Version
    private Long version;

    private Instant updatedAt;

    protected AgreementTemplate() {}

    AgreementTemplate(long programId) {
        this.programId = programId;
    }

    void write(String text, Instant now) {
        this.text = text;
        this.updatedAt = now;
    }

    String getText() {
        return text;
    }
}
