package org.upward.sessions.internal;

import java.time.LocalDate;
import java.util.List;
import org.upward.sessions.SessionFormat;

/** A session log with each partner's shared feedback. */
record SessionView(
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
