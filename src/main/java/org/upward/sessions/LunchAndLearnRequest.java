package org.upward.sessions;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/** One lunch & learn the admin logs for several active pairs of a program at once. */
public record LunchAndLearnRequest(
        @NotEmpty(message = "choose at least one pair") @Size(max = 500, message = "at most 500 pairs at once")
                List<Long> pairIds,
        @NotNull(message = "give the date of the lunch & learn") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                LocalDate date,
        @NotNull(message = "give the duration in minutes")
                @Min(value = 5, message = "must be at least 5 minutes")
                @Max(value = 480, message = "must be at most 480 minutes (8 hours)")
                Integer durationMinutes,
        @Size(max = 50, message = "at most 50 skills") List<String> skillsCovered,
        @Size(max = 10000, message = "at most 10,000 characters") String notes,
        @Size(max = 10000, message = "at most 10,000 characters") String actionItems) {

    SessionRequest session() {
        return new SessionRequest(
                date, durationMinutes, SessionFormat.LUNCH_AND_LEARN, skillsCovered, notes, actionItems, null);
    }
}
