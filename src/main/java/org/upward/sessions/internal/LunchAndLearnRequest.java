package org.upward.sessions.internal;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.upward.sessions.SessionDuration;
import org.upward.sessions.SessionFormat;
import org.upward.sessions.SessionRequest;

/** One lunch & learn the admin logs for several active pairs of a program at once. */
record LunchAndLearnRequest(
        @NotEmpty(message = "{sessions.error.chooseAtLeastOnePair}")
                @Size(max = 500, message = "{sessions.error.atMost500PairsAtOnce}")
                List<Long> pairIds,
        @NotNull(message = "{sessions.error.giveTheDateOfTheLunch}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                LocalDate date,
        @SessionDuration.Allowed Integer durationMinutes,
        @Size(max = 50, message = "{sessions.error.atMost50Skills}") List<String> skillsCovered,
        @Size(max = 10000, message = "{sessions.error.atMost10000Characters}") String notes,
        @Size(max = 10000, message = "{sessions.error.atMost10000Characters}") String actionItems) {

    SessionRequest session() {
        return new SessionRequest(
                date, durationMinutes, SessionFormat.LUNCH_AND_LEARN, skillsCovered, notes, actionItems, null);
    }
}
