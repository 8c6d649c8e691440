package org.upward.sessions.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.upward.sessions.CheckInRequest;

/** One partner's pulse for one cadence period of their pair. */
@Entity
@Table(name = "pair_check_in")
class CheckIn {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long pairId;

    private long personId;

    private int periodIndex;

    private LocalDate answeredOn;

    private int rating;

    private String blocker;

    @Version
    private long version;

    private Instant createdAt;

    private Instant updatedAt;

    protected CheckIn() {}

    CheckIn(long pairId, long personId, int periodIndex, Instant now) {
        this.pairId = pairId;
        this.personId = personId;
        this.periodIndex = periodIndex;
        this.createdAt = now;
    }

    void answer(CheckInRequest request, LocalDate today, Instant now) {
        rating = request.rating();
        blocker = request.blocker() == null || request.blocker().isBlank()
                ? null
                : request.blocker().trim();
        answeredOn = today;
        updatedAt = now;
    }

    CheckInView view(String email, CadencePeriods periods) {
        return new CheckInView(
                id,
                pairId,
                email,
                periodIndex,
                periods.firstDay(periodIndex),
                periods.lastDay(periodIndex),
                answeredOn,
                rating,
                blocker);
    }
}
