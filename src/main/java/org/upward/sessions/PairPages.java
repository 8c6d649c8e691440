package org.upward.sessions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upward.pairing.PairAccess.PairRef;
import org.upward.people.PersonRefs.PersonRef;
import org.upward.program.ProgramService;
import org.upward.security.UpwardUser;

/** Gathers a partner's pair page, and logs a session with the logger's feedback in one go. */
@Service
public class PairPages {

    private final PairGuard guard;
    private final SessionService sessions;
    private final FeedbackService feedback;
    private final FeedbackRepository feedbackRows;
    private final CheckInService checkIns;
    private final SessionRules rules;
    private final ProgramService programs;
    private final Clock clock;

    PairPages(
            PairGuard guard,
            SessionService sessions,
            FeedbackService feedback,
            FeedbackRepository feedbackRows,
            CheckInService checkIns,
            SessionRules rules,
            ProgramService programs,
            Clock clock) {
        this.guard = guard;
        this.sessions = sessions;
        this.feedback = feedback;
        this.feedbackRows = feedbackRows;
        this.checkIns = checkIns;
        this.rules = rules;
        this.programs = programs;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public PairPage page(long pairId, UpwardUser me) {
        PairRef pair = guard.partnerOnly(pairId, me);
        var log = sessions.list(pairId, me, PageRequest.of(0, 200)).items();
        Map<Long, MyFeedbackView> mine = feedbackRows
                .findBySessionIdInAndAuthorId(
                        log.stream().map(SessionView::id).toList(), PairGuard.personId(pair, me.email()))
                .stream()
                .map(SessionFeedback::forAuthor)
                .collect(Collectors.toMap(MyFeedbackView::sessionId, Function.identity()));
        PersonRef partner = pair.partnerOf(me.email());
        CadencePeriods periods = checkIns.periods(pair.programId());
        int current = periods.indexOf(LocalDate.now(clock));
        return new PairPage(
                pairId,
                programs.get(pair.programId()).name(),
                partner.name(),
                partner.email(),
                pair.isActive(),
                log,
                mine,
                rules.focusSkills(pair.programId()),
                checkIns.current(pairId, me),
                periods.firstDay(current),
                periods.lastDay(current));
    }

    /** Logs the session and, when a rating is given, the logger's feedback: both or neither. */
    @Transactional
    public SessionView logWithFeedback(long pairId, SessionRequest session, FeedbackRequest mine, UpwardUser me) {
        SessionView logged = sessions.log(pairId, session, me);
        if (mine != null) {
            feedback.give(logged.id(), mine, me);
        }
        return logged;
    }
}
