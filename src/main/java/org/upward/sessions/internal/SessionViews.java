package org.upward.sessions.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.upward.pairing.PairAccess.PairRef;
import org.upward.people.PersonRef;

/** Builds session views with both partners' shared feedback (never a private reflection). */
@Component
class SessionViews {

    private final FeedbackRepository feedback;

    SessionViews(FeedbackRepository feedback) {
        this.feedback = feedback;
    }

    List<SessionView> of(PairRef pair, List<MentoringSession> sessions) {
        Map<Long, List<SessionFeedback>> bySession =
                feedback
                        .findBySessionIdIn(
                                sessions.stream().map(MentoringSession::getId).toList())
                        .stream()
                        .collect(Collectors.groupingBy(SessionFeedback::getSessionId));
        return sessions.stream()
                .map(s -> view(pair, s, bySession.getOrDefault(s.getId(), List.of())))
                .toList();
    }

    SessionView of(PairRef pair, MentoringSession session) {
        return of(pair, List.of(session)).get(0);
    }

    private static SessionView view(PairRef pair, MentoringSession s, List<SessionFeedback> given) {
        List<FeedbackView> shared = given.stream()
                .sorted(Comparator.comparing(
                        f -> f.getAuthorId() == pair.mentor().id() ? 0 : 1))
                .map(f -> {
                    PersonRef author = f.getAuthorId() == pair.mentor().id() ? pair.mentor() : pair.mentee();
                    return f.shared(author.email(), author.name());
                })
                .toList();
        return new SessionView(
                s.getId(),
                s.getPairId(),
                s.getHeldOn(),
                s.getDurationMinutes(),
                s.getFormat(),
                s.getSkillsCovered(),
                s.getNotes(),
                s.getActionItems(),
                s.getLoggedBy(),
                s.getVersion(),
                shared);
    }
}
