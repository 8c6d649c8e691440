package org.upward.sessions.internal;

import jakarta.persistence.Column;
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
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.upward.sessions.SessionFormat;
import org.upward.sessions.SessionRequest;

/** One meeting of a pair, as either partner logged it; both partners share and may edit it. */
@Entity
@Table(name = "mentoring_session")
class MentoringSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long pairId;

    private LocalDate heldOn;

    private int durationMinutes;

    @Enumerated(EnumType.STRING)
    private SessionFormat format;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<String> skillsCovered = new ArrayList<>();

    @Column(columnDefinition = "text")
    private String notes;

    @Column(columnDefinition = "text")
    private String actionItems;

    private String loggedBy;

    @Version
    private long version;

    private Instant createdAt;

    private Instant updatedAt;

    protected MentoringSession() {}

    MentoringSession(long pairId, String loggedBy, Instant now) {
        this.pairId = pairId;
        this.loggedBy = loggedBy;
        this.createdAt = now;
    }

    void change(SessionRequest request, List<String> skills, Instant now) {
        heldOn = request.date();
        durationMinutes = request.durationMinutes();
        format = request.format();
        skillsCovered = new ArrayList<>(skills);
        notes = blankToNull(request.notes());
        actionItems = blankToNull(request.actionItems());
        updatedAt = now;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    Long getId() {
        return id;
    }

    long getPairId() {
        return pairId;
    }

    LocalDate getHeldOn() {
        return heldOn;
    }

    int getDurationMinutes() {
        return durationMinutes;
    }

    SessionFormat getFormat() {
        return format;
    }

    List<String> getSkillsCovered() {
        return List.copyOf(skillsCovered);
    }

    String getNotes() {
        return notes;
    }

    String getActionItems() {
        return actionItems;
    }

    String getLoggedBy() {
        return loggedBy;
    }

    long getVersion() {
        return version;
    }
}
