package org.upward.sessions;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** A session log as sent to the API; {@code version} only when editing one. */
public record SessionRequest(
        @NotNull(message = "give the date of the session") LocalDate date,
        @NotNull(message = "give the duration in minutes")
                @Min(value = 5, message = "must be at least 5 minutes")
                @Max(value = 480, message = "must be at most 480 minutes (8 hours)")
                Integer durationMinutes,
        @NotNull(message = "choose IN_PERSON, VIDEO or LUNCH_AND_LEARN") SessionFormat format,
        @Size(max = 50, message = "at most 50 skills") List<String> skillsCovered,
        @Size(max = 10000, message = "at most 10,000 characters") String notes,
        @Size(max = 10000, message = "at most 10,000 characters") String actionItems,
        Long version) {

    public List<String> skills() {
        return skillsCovered == null ? List.of() : skillsCovered;
    }
}
