package org.upward.sessions.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import org.upward.sessions.SessionFormat;

/** A meeting a pair planned ahead; the first one of a pair that has not met yet is its intro chat. */
@Entity
@Table(name = "planned_session")
class PlannedSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long pairId;

    private String uid;

    private boolean introChat;

    private Instant startsAt;

    private String timeZone;

    private int durationMinutes;

    @Enumerated(EnumType.STRING)
    private SessionFormat format;

    private String place;

    private String videoLink;

    @Column(columnDefinition = "text")
    private String agenda;

    private String plannedBy;

    private Long sessionId;

    private Long topicId;

    private Instant createdAt;

    protected PlannedSession() {}

    PlannedSession(
            long pairId,
            boolean introChat,
            Instant startsAt,
            ZoneId zone,
            PlannedSessionRequest request,
            String plannedBy,
            Instant now) {
        this.pairId = pairId;
        this.uid = UUID.randomUUID() + "@upward";
        this.introChat = introChat;
        this.startsAt = startsAt;
        this.timeZone = zone.getId();
        this.durationMinutes = request.durationMinutes();
        this.format = request.format();
        this.place = blankToNull(request.place());
        this.videoLink = blankToNull(request.videoLink());
        this.agenda = blankToNull(request.agenda());
        this.topicId = request.topicId();
        this.plannedBy = plannedBy;
        this.createdAt = now;
    }

    void loggedAs(long sessionId) {
        this.sessionId = sessionId;
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

    String getUid() {
        return uid;
    }

    boolean isIntroChat() {
        return introChat;
    }

    Instant getStartsAt() {
        return startsAt;
    }

    Instant getEndsAt() {
        return startsAt.plusSeconds(60L * durationMinutes);
    }

    ZoneId getZone() {
        return ZoneId.of(timeZone);
    }

    int getDurationMinutes() {
        return durationMinutes;
    }

    SessionFormat getFormat() {
        return format;
    }

    String getPlace() {
        return place;
    }

    String getVideoLink() {
        return videoLink;
    }

    String getAgenda() {
        return agenda;
    }

    String getPlannedBy() {
        return plannedBy;
    }

    /** The conversation topic the meeting is about, or null. */
    Long getTopicId() {
        return topicId;
    }

    Long getSessionId() {
        return sessionId;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
