package org.upward.sessions.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.upward.guide.TopicView;
import org.upward.sessions.SessionFormat;

/**
 * A planned meeting as the API and the pair page show it; {@code icsUrl} is the API's calendar download;
 * {@code topicId} and {@code topic} the conversation topic it is about (its agenda and questions), or null.
 */
record PlannedSessionView(
        long id,
        long pairId,
        boolean introChat,
        LocalDate date,
        LocalTime startTime,
        String timeZone,
        Instant startsAt,
        Instant endsAt,
        int durationMinutes,
        SessionFormat format,
        String place,
        String videoLink,
        String agenda,
        String plannedBy,
        Long loggedSessionId,
        String icsUrl,
        Long topicId,
        TopicView topic) {

    static PlannedSessionView of(PlannedSession p, TopicView topic) {
        var local = p.getStartsAt().atZone(p.getZone());
        return new PlannedSessionView(
                p.getId(),
                p.getPairId(),
                p.isIntroChat(),
                local.toLocalDate(),
                local.toLocalTime(),
                p.getZone().getId(),
                p.getStartsAt(),
                p.getEndsAt(),
                p.getDurationMinutes(),
                p.getFormat(),
                p.getPlace(),
                p.getVideoLink(),
                p.getAgenda(),
                p.getPlannedBy(),
                p.getSessionId(),
                "/api/v1/pairs/" + p.getPairId() + "/planned-sessions/" + p.getId() + ".ics",
                topic == null ? null : topic.id(),
                topic);
    }
}
