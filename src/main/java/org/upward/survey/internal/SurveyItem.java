package org.upward.survey.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.upward.survey.ItemKind;
import org.upward.survey.SurveyItemView;

/** A question of the program's own, asked in every wave of the program after the standard ones. */
@Entity
@Table(name = "survey_item")
class SurveyItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long programId;

    private String question;

    @Enumerated(EnumType.STRING)
    private ItemKind kind;

    private Instant createdAt;

    protected SurveyItem() {}

    SurveyItem(long programId, String question, ItemKind kind, Instant now) {
        this.programId = programId;
        this.question = question;
        this.kind = kind;
        this.createdAt = now;
    }

    SurveyItem copyTo(long otherProgramId, Instant now) {
        return new SurveyItem(otherProgramId, question, kind, now);
    }

    SurveyItemView view() {
        return new SurveyItemView(id, question, kind);
    }

    Long getId() {
        return id;
    }

    ItemKind getKind() {
        return kind;
    }
}
