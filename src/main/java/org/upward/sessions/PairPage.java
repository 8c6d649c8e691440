package org.upward.sessions;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What a partner's pair page shows: the shared log, their own feedback, and this period's check-in. */
public record PairPage(
        long pairId,
        String programName,
        String partnerName,
        String partnerEmail,
        boolean active,
        List<SessionView> sessions,
        Map<Long, MyFeedbackView> myFeedback,
        List<String> focusSkills,
        Optional<CheckInView> myCheckIn,
        LocalDate periodStart,
        LocalDate periodEnd) {}
