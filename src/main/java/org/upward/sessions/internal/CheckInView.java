package org.upward.sessions.internal;

import java.time.LocalDate;

/** A partner's check-in for one cadence period. */
record CheckInView(
        long id,
        long pairId,
        String email,
        int period,
        LocalDate periodStart,
        LocalDate periodEnd,
        LocalDate answeredOn,
        int rating,
        String blocker) {}
