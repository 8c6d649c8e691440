package org.upward.sessions;

import java.time.LocalDate;
import java.util.List;

/** A session log with each partner's shared feedback. */
public record SessionView(
        long id,
        long pairId,
        LocalDate date,
        int durationMinutes,
        SessionFormat format,
        List<String> skillsCovered,
        String notes,
        String actionItems,
        String loggedBy,
        long version,
        List<FeedbackView> feedback) {}
