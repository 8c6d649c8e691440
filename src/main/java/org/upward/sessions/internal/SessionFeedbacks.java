package org.upward.sessions.internal;

import java.time.Clock;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upward.pairing.PairAccess.PairRef;
import org.upward.security.UpwardUser;
import org.upward.sessions.FeedbackRequest;
import org.upward.sessions.FeedbackService;
import org.upward.shared.FieldProblem;
import org.upward.shared.InvalidFieldsException;
import org.upward.shared.UiText;

/** Each partner's feedback on a session: one per partner, given again means changed. */
@Service
class SessionFeedbacks implements FeedbackService {

    /** The author's feedback, the pair of its session, and whether this call created it. */
    public record Given(MyFeedbackView feedback, long pairId, boolean created) {}

    private final SessionLog sessions;
    private final FeedbackRepository feedback;
    private final PairGuard guard;
    private final Clock clock;

    SessionFeedbacks(SessionLog sessions, FeedbackRepository feedback, PairGuard guard, Clock clock) {
        this.sessions = sessions;
        this.feedback = feedback;
        this.guard = guard;
        this.clock = clock;
    }

    /** The author's feedback on the session, rated 1 to 5 (also checked here for callers that skip validation). */
    @Transactional
    public Given give(long sessionId, FeedbackRequest request, UpwardUser author) {
        MentoringSession session = sessions.find(sessionId);
        PairRef pair = guard.partner(session.getPairId(), author);
        if (request.rating() == null || request.rating() < 1 || request.rating() > 5) {
            throw new InvalidFieldsException(
                    List.of(new FieldProblem("rating", UiText.of("sessions.error.rateTheSessionFrom1To"))));
        }
        long authorId = PairGuard.personId(pair, author.email());
        var existing = feedback.findBySessionIdAndAuthorId(sessionId, authorId);
        SessionFeedback given = existing.orElseGet(() -> new SessionFeedback(sessionId, authorId, clock.instant()));
        given.change(request, clock.instant());
        return new Given(feedback.saveAndFlush(given).forAuthor(), pair.id(), existing.isEmpty());
    }

    /** The caller's own feedback, private reflection included; 404 when they have not given any yet. */
    @Transactional(readOnly = true)
    public MyFeedbackView mine(long sessionId, UpwardUser author) {
        MentoringSession session = sessions.find(sessionId);
        PairRef pair = guard.readable(session.getPairId(), author);
        if (!pair.isPartner(author.email())) {
            throw new AccessDeniedException(UiText.of("sessions.error.onlyTheTwoPartnersGiveFeedback"));
        }
        return feedback.findBySessionIdAndAuthorId(sessionId, PairGuard.personId(pair, author.email()))
                .map(SessionFeedback::forAuthor)
                .orElseThrow(() -> new SessionNotFoundException(UiText.of("sessions.error.youHaveNotGivenFeedbackOn")));
    }

    @Override
    @Transactional
    public void record(long sessionId, FeedbackRequest request, UpwardUser author) {
        give(sessionId, request, author);
    }
}
