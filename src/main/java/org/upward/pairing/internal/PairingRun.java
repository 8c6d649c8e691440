package org.upward.pairing.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One stored run of the engine: the settings it used, its totals, and who it left unmatched and why. */
@Entity
class PairingRun {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long programId;

    private Instant createdAt;

    private Long createdByAccountId;

    private String objective;

    private double skillGapWeight;

    private double sharedInterestWeight;

    private double workStyleWeight;

    private double minScore;

    private BigDecimal totalScore;

    private int pairCount;

    private long durationMs;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<Map<String, Object>> unmatched;

    protected PairingRun() {}

    PairingRun(long programId, Long accountId, RunSettings settings, Instant now) {
        this.programId = programId;
        this.createdByAccountId = accountId;
        this.objective = settings.objective().name();
        this.skillGapWeight = settings.skillGapWeight();
        this.sharedInterestWeight = settings.sharedInterestWeight();
        this.workStyleWeight = settings.workStyleWeight();
        this.minScore = settings.minScore();
        this.createdAt = now;
    }

    void record(double total, int pairs, long millis, List<Map<String, Object>> unmatchedPeople) {
        this.totalScore = BigDecimal.valueOf(total);
        this.pairCount = pairs;
        this.durationMs = millis;
        this.unmatched = unmatchedPeople;
    }

    Long getId() {
        return id;
    }

    List<Map<String, Object>> getUnmatched() {
        return unmatched == null ? List.of() : unmatched;
    }
}
