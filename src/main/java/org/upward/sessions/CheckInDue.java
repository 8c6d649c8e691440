package org.upward.sessions;

import java.time.LocalDate;

/** A pair whose partner has not checked in yet in the current cadence period, due by its last day. */
public record CheckInDue(long pairId, String programName, String partnerName, LocalDate dueOn) {

    public String link() {
        return "/participant/pairs/" + pairId;
    }
}
