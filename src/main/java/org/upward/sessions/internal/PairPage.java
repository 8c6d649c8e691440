package org.upward.sessions.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.upward.shared.ListPage;

/**
 * What a partner's pair page shows: one page of the shared log (newest first), their own feedback on those
 * sessions, and this period's check-in. {@code active}: the pair may act now (active, its program not over);
 * {@code programOver}: its program is completed or archived; {@code ended}: the pair itself ended early (dissolved,
 * closed), its history kept read-only; {@code firstSessionDay}: the earliest date a session
 * can have.
 */
record PairPage(
        long pairId,
        String programName,
        String partnerName,
        String partnerEmail,
        boolean active,
        boolean programOver,
        boolean ended,
        ListPage<SessionView> sessions,
        Map<Long, MyFeedbackView> myFeedback,
        List<String> focusSkills,
        Optional<CheckInView> myCheckIn,
        LocalDate periodStart,
        LocalDate periodEnd,
        LocalDate firstSessionDay) {}
