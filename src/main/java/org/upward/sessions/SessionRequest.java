package org.upward.sessions;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.upward.followup.NewFollowUp;

/**
 * A session log as sent to the API; {@code version} only when editing one. When logging (not when editing) it may
 * also add {@code followUps} (each with its owner, one of the pair; rows with no text are left out), tick the
 * pair's open follow-ups {@code followUpsDone} and mark the agreement's goals {@code goalsDone} as progress.
 */
public record SessionRequest(
        @NotNull(message = "{sessions.error.giveTheDateOfTheSession}") LocalDate date,
        @SessionDuration.Allowed Integer durationMinutes,
        @NotNull(message = "{sessions.error.chooseInPersonVideoOrLunch}") SessionFormat format,
        @Size(max = 50, message = "{sessions.error.atMost50Skills}") List<String> skillsCovered,
        @Size(max = 10000, message = "{sessions.error.atMost10000Characters}") String notes,
        @Size(max = 10000, message = "{sessions.error.atMost10000Characters}") String actionItems,
        Long version,
        @Size(max = 20, message = "{sessions.error.atMost20FollowUps}") List<NewFollowUp> followUps,
        @Size(max = 100, message = "{sessions.error.atMost100Ticks}") List<Long> followUpsDone,
        @Size(max = 3, message = "{sessions.error.atMost3Goals}") List<Long> goalsDone) {

    /** A session with no follow-ups or goals: what the demo data and the lunch & learns log. */
    public SessionRequest(
            LocalDate date,
            Integer durationMinutes,
            SessionFormat format,
            List<String> skillsCovered,
            String notes,
            String actionItems,
            Long version) {
        this(date, durationMinutes, format, skillsCovered, notes, actionItems, version, null, null, null);
    }

    public List<String> skills() {
        return skillsCovered == null ? List.of() : skillsCovered;
    }

    public List<NewFollowUp> newFollowUps() {
        return followUps == null ? List.of() : followUps;
    }

    public List<Long> ticked() {
        return followUpsDone == null ? List.of() : followUpsDone;
    }

    public List<Long> goalsTicked() {
        return goalsDone == null ? List.of() : goalsDone;
    }
}
