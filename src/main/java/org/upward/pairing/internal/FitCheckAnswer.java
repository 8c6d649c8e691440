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
import org.upward.pairing.FitAnswer;

/** One partner's fit check answer for their pair; replaced when they answer again. */
@Entity
@Table(name = "pair_fit_answer")
class FitCheckAnswer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long pairId;

    private long personId;

    @Enumerated(EnumType.STRING)
    private FitAnswer answer;

    private String note;

    private Instant answeredAt;

    @Version
    private long version;

    protected FitCheckAnswer() {}

    FitCheckAnswer(long pairId, long personId) {
        this.pairId = pairId;
        this.personId = personId;
    }

    void answer(FitAnswer answer, String note, Instant now) {
        this.answer = answer;
        this.note = note == null || note.isBlank() ? null : note.trim();
        this.answeredAt = now;
    }

    long getPairId() {
        return pairId;
    }

    long getPersonId() {
        return personId;
    }

    FitAnswer getAnswer() {
        return answer;
    }

    String getNote() {
        return note;
    }

    Instant getAnsweredAt() {
        return answeredAt;
    }
}
