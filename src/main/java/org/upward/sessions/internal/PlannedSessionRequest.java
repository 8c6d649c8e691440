package org.upward.sessions.internal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import org.springframework.format.annotation.DateTimeFormat;
import org.upward.sessions.SessionDuration;
import org.upward.sessions.SessionFormat;

/**
 * A meeting to plan: local date and start time in {@code timeZone} (an IANA zone such as Europe/Paris; the
 * server's zone, UTC, when absent); {@code topicId}, when given, one of the program's conversation topics not
 * retired, whose agenda and questions go into the invite.
 */
record PlannedSessionRequest(
        @NotNull(message = "{sessions.error.giveTheDateOfTheMeeting}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                LocalDate date,
        @NotNull(message = "{sessions.error.giveTheStartTimeEG}") @DateTimeFormat(pattern = "HH:mm")
                LocalTime startTime,
        @Size(max = 64, message = "{sessions.error.atMost64Characters}") String timeZone,
        @SessionDuration.Allowed Integer durationMinutes,
        @NotNull(message = "{sessions.error.chooseInPersonVideoOrLunch}") SessionFormat format,
        @Size(max = 500, message = "{sessions.error.atMost500Characters}") String place,
        @Size(max = 2000, message = "{sessions.error.atMost2000Characters}")
                @Pattern(regexp = "^(https?://\\S+)?$", message = "{sessions.error.giveALinkStartingWithHttps}")
                String videoLink,
        @Size(max = 10000, message = "{sessions.error.atMost10000Characters}") String agenda,
        Long topicId) {}
