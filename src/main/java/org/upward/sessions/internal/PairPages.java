package org.upward.sessions.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upward.pairing.PairAccess.PairRef;
import org.upward.people.PersonRef;
import org.upward.program.ProgramService;
import org.upward.security.UpwardUser;
import org.upward.shared.ListPage;

/** Gathers what a partner's pair page shows (read only: {@link PairPageLog} writes). */
@Service
class PairPages {

    /** Sessions a pair page shows at once, newest first; older ones are on the next pages. */
    static final int SESSIONS_PER_PAGE = 20;

    private final PairGuard guard;
    private final SessionLog sessions;
    private final FeedbackRepository feedbackRows;
    private final CheckIns checkIns;
    private final SessionRules rules;
    private final ProgramService programs;
    private final PairActivityWindow window;
    private final Clock clock;

    PairPages(
            PairGuard guard,
            SessionLog sessions,
            FeedbackRepository feedbackRows,
            CheckIns checkIns,
            SessionRules rules,
            ProgramService programs,
            PairActivityWindow window,
            Clock clock) {
        this.window = window;
        this.guard = guard;
        this.sessions = sessions;
        this.feedbackRows = feedbackRows;
        this.checkIns = checkIns;
        this.rules = rules;
        this.programs = programs;
        this.clock = clock;
    }

    /** The first page: the newest sessions. */
    @Transactional(readOnly = true)
    public PairPage page(long pairId, UpwardUser me) {
        return page(pairId, me, 0);
    }

    /** The {@code number}-th page of the log (from 0, newest first); a page past the end shows the oldest. */
    @Transactional(readOnly = true)
    public PairPage page(long pairId, UpwardUser me, int number) {
        PairRef pair = guard.partnerOnly(pairId, me);
        ListPage<SessionView> log = log(pairId, me, Math.max(number, 0));
        Map<Long, MyFeedbackView> mine = feedbackRows
                .findBySessionIdInAndAuthorId(
                        log.rows().stream().map(SessionView::id).toList(), PairGuard.personId(pair, me.email()))
                .stream()
                .map(SessionFeedback::forAuthor)
                .collect(Collectors.toMap(MyFeedbackView::sessionId, Function.identity()));
        PersonRef partner = pair.partnerOf(me.email());
        CadencePeriods periods = checkIns.periods(pair.programId());
        int current = periods.indexOf(LocalDate.now(clock));
        boolean open = window.open(pair.programId());
        return new PairPage(
                pairId,
                programs.get(pair.programId()).name(),
                partner.name(),
                partner.email(),
                pair.isActive() && open,
                !open,
                !pair.status().isLive(),
                log,
                mine,
                rules.focusSkills(pair.programId()),
                checkIns.current(pairId, me),
                periods.firstDay(current),
                periods.lastDay(current),
                rules.firstDay(pair));
    }

    private ListPage<SessionView> log(long pairId, UpwardUser me, int number) {
        var page = sessions.list(pairId, me, PageRequest.of(number, SESSIONS_PER_PAGE));
        int last = (int) Math.max(0, (page.total() - 1) / SESSIONS_PER_PAGE);
        if (number > last) {
            page = sessions.list(pairId, me, PageRequest.of(last, SESSIONS_PER_PAGE));
        }
        return new ListPage<>(page.items(), page.page(), SESSIONS_PER_PAGE, page.total());
    }
}
