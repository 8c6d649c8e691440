package org.upward.sessions;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** A session log as sent to the API; {@code version} only when editing one. */
public record SessionRequest(
        @NotNull(message = "{sessions.error.giveTheDateOfTheSession}") LocalDate date,
        @SessionDuration.Allowed Integer durationMinutes,
        @NotNull(message = "{sessions.error.chooseInPersonVideoOrLunch}") SessionFormat format,
        @Size(max = 50, message = "{sessions.error.atMost50Skills}") List<String> skillsCovered,
        @Size(max = 10000, message = "{sessions.error.atMost10000Characters}") String notes,
        @Size(max = 10000, message = "{sessions.error.atMost10000Characters}") String actionItems,
        Long version) {

    public List<String> skills() {
        return skillsCovered == null ? List.of() : skillsCovered;
    }
}
