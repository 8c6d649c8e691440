package org.upward.survey;

import java.time.LocalDate;

/** Where a wave stands on a given day: answers are taken only while it is OPEN. */
public enum WaveStatus {
    SCHEDULED,
    OPEN,
    CLOSED;

    public static WaveStatus on(LocalDate today, LocalDate opensOn, LocalDate closesOn) {
        if (today.isBefore(opensOn)) {
            return SCHEDULED;
        }
        return today.isAfter(closesOn) ? CLOSED : OPEN;
    }
}
