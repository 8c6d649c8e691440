package org.upward.sessions;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A meeting to plan: local date and start time in {@code timeZone} (an IANA zone such as Europe/Paris; the
 * server's zone, UTC, when absent).
 */
public record PlannedSessionRequest(
        @NotNull(message = "give the date of the meeting") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                LocalDate date,
        @NotNull(message = "give the start time, e.g. 12:30") @DateTimeFormat(pattern = "HH:mm") LocalTime startTime,
        @Size(max = 64, message = "at most 64 characters") String timeZone,
        @NotNull(message = "give the duration in minutes")
                @Min(value = 5, message = "must be at least 5 minutes")
                @Max(value = 480, message = "must be at most 480 minutes (8 hours)")
                Integer durationMinutes,
        @NotNull(message = "choose IN_PERSON, VIDEO or LUNCH_AND_LEARN") SessionFormat format,
        @Size(max = 500, message = "at most 500 characters") String place,
        @Size(max = 2000, message = "at most 2,000 characters")
                @Pattern(regexp = "^(https?://\\S+)?$", message = "give a link starting with https:// or http://")
                String videoLink,
        @Size(max = 10000, message = "at most 10,000 characters") String agenda) {}
