package org.upward.sessions.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.upward.followup.FollowUps;
import org.upward.followup.NewFollowUp;
import org.upward.sessions.FeedbackRequest;
import org.upward.sessions.SessionDuration;
import org.upward.sessions.SessionFormat;
import org.upward.sessions.SessionRequest;

/** The page's "log a session" form, with the logger's own feedback; editing uses the session part only. */
record SessionForm(
        @NotNull(message = "{sessions.error.date}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
        @SessionDuration.Allowed Integer durationMinutes,
        @NotNull(message = "{sessions.error.format}") SessionFormat format,
        List<String> skillsCovered,
        @Size(max = 10000) String notes,
        @Size(max = 10000) String actionItems,
        Long version,
        @Min(value = 1, message = "{sessions.feedback.error.rating}")
                @Max(value = 5, message = "{sessions.feedback.error.rating}")
                Integer rating,
        @Size(max = 4000) String learned,
        @Size(max = 4000) String taught,
        @Size(max = 4000) String privateReflection,
        Boolean shareLearned,
        List<NewFollowUp> followUps,
        List<Long> followUpsDone,
        List<Long> goalsDone) {

    /** How many new follow-up lines the form offers. */
    static final int FOLLOW_UP_SLOTS = FollowUps.MAX_PER_CALL;

    static SessionForm today(LocalDate today) {
        return fresh(today, 45, SessionFormat.VIDEO, null);
    }

    /** "Log it" from a planned meeting: its day (not after today), length, format and agenda. */
    static SessionForm from(PlannedSessionView meeting, LocalDate today) {
        LocalDate day = meeting.date().isAfter(today) ? today : meeting.date();
        return fresh(day, meeting.durationMinutes(), meeting.format(), meeting.agenda());
    }

    private static SessionForm fresh(LocalDate day, int minutes, SessionFormat format, String notes) {
        return new SessionForm(
                day, minutes, format, List.of(), notes, null, null, null, null, null, null, null, null, null, null);
    }

    static SessionForm of(SessionView session) {
        return new SessionForm(
                session.date(),
                session.durationMinutes(),
                session.format(),
                session.skillsCovered(),
                session.notes(),
                session.actionItems(),
                session.version(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    SessionRequest toRequest() {
        return new SessionRequest(
                date,
                durationMinutes,
                format,
                skillsCovered,
                notes,
                actionItems,
                version,
                followUps,
                followUpsDone,
                goalsDone);
    }

    /** The logger's feedback, or null when they leave it for later (no rating and nothing written). */
    FeedbackRequest feedback() {
        boolean any = rating != null || !blank(learned) || !blank(taught) || !blank(privateReflection);
        return any ? new FeedbackRequest(rating, learned, taught, privateReflection, shareLearned) : null;
    }

    /** The {@code i}-th new follow-up line as typed (empty when none), so a refused form keeps what was written. */
    public NewFollowUp followUp(int i) {
        return followUps != null && i < followUps.size() && followUps.get(i) != null
                ? followUps.get(i)
                : new NewFollowUp(null, null);
    }

    public boolean ticked(long followUpId) {
        return followUpsDone != null && followUpsDone.contains(followUpId);
    }

    public boolean goalTicked(long goalId) {
        return goalsDone != null && goalsDone.contains(goalId);
    }

    public List<String> skills() {
        return skillsCovered == null ? List.of() : skillsCovered;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
