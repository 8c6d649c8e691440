package org.upward.sessions.internal;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upward.pairing.PairAccess;
import org.upward.pairing.PairAccess.PairRef;
import org.upward.security.UpwardUser;
import org.upward.sessions.SessionDuration;
import org.upward.shared.FieldProblem;
import org.upward.shared.InvalidFieldsException;
import org.upward.shared.ListPage;
import org.upward.shared.PageView;
import org.upward.shared.UiText;

/** Meetings a pair plans ahead (the first one is the intro chat), and their calendar invites. */
@Service
class PlannedSessions {

    /** Open planned meetings a pair page lists at most. */
    static final int OPEN_SHOWN = 20;

    private final PlannedSessionRepository planned;
    private final SessionLogRepository sessions;
    private final PairGuard guard;
    private final PairAccess pairs;
    private final PairActivityWindow window;
    private final MeetingTopics topics;
    private final Clock clock;

    PlannedSessions(
            PlannedSessionRepository planned,
            SessionLogRepository sessions,
            PairGuard guard,
            PairAccess pairs,
            PairActivityWindow window,
            MeetingTopics topics,
            Clock clock) {
        this.window = window;
        this.topics = topics;
        this.planned = planned;
        this.sessions = sessions;
        this.guard = guard;
        this.pairs = pairs;
        this.clock = clock;
    }

    /** Whether the pair may plan meetings now: approved (its intro chat) or active, in a program not over. */
    @Transactional(readOnly = true)
    public boolean plannable(long pairId) {
        PairRef pair = pairs.get(pairId);
        return pair.isAgreed() && window.open(pair.programId());
    }

    /** Either partner plans while the pair is approved (the intro chat) or active. */
    @Transactional
    public PlannedSessionView plan(long pairId, PlannedSessionRequest request, UpwardUser by) {
        PairRef pair = guard.planner(pairId, by);
        List<FieldProblem> problems = new ArrayList<>();
        SessionDuration.problem(request.durationMinutes()).ifPresent(problems::add);
        topics.problem(pair.programId(), request.topicId()).ifPresent(problems::add);
        ZoneId zone = zone(request.timeZone(), problems);
        Instant startsAt = null;
        if (zone != null) {
            startsAt = request.date().atTime(request.startTime()).atZone(zone).toInstant();
            if (!startsAt.isAfter(clock.instant())) {
                problems.add(new FieldProblem("startTime", UiText.of("sessions.error.mustBeInTheFuturePlan")));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        boolean introChat = !sessions.existsByPairId(pairId) && !planned.existsByPairId(pairId);
        PlannedSession meeting =
                new PlannedSession(pairId, introChat, startsAt, zone, request, by.email(), clock.instant());
        return topics.view(planned.saveAndFlush(meeting));
    }

    /** Every meeting the pair planned, soonest first: the two partners and admins. */
    @Transactional(readOnly = true)
    public PageView<PlannedSessionView> list(long pairId, UpwardUser viewer, Pageable pageable) {
        guard.readable(pairId, viewer);
        var page = planned.findByPairIdOrderByStartsAtAscIdAsc(pairId, pageable);
        return new PageView<>(
                page.getContent().stream().map(topics::view).toList(),
                page.getNumber(),
                page.getSize(),
                page.getTotalElements());
    }

    /**
     * The meetings still to log on a partner's page, soonest first and at most {@link #OPEN_SHOWN} of them:
     * upcoming ones, and past ones nobody logged yet.
     */
    @Transactional(readOnly = true)
    ListPage<PlannedSessionView> open(long pairId) {
        var page = planned.findByPairIdAndSessionIdIsNullOrderByStartsAtAscIdAsc(pairId, PageRequest.of(0, OPEN_SHOWN));
        return new ListPage<>(
                page.getContent().stream().map(topics::view).toList(), 0, OPEN_SHOWN, page.getTotalElements());
    }

    @Transactional(readOnly = true)
    public PlannedSessionView get(long pairId, long plannedId, UpwardUser viewer) {
        guard.readable(pairId, viewer);
        return topics.view(find(pairId, plannedId));
    }

    /**
     * Either partner cancels a planned meeting while the pair may still plan; it is deleted. An ended pair's
     * meetings stay as its history.
     */
    @Transactional
    public void cancel(long pairId, long plannedId, UpwardUser by) {
        guard.planner(pairId, by);
        planned.delete(find(pairId, plannedId));
    }

    /** Remembers that the session logged from a planned meeting was {@code sessionId}. */
    @Transactional
    public void logged(long pairId, long plannedId, long sessionId) {
        find(pairId, plannedId).loggedAs(sessionId);
    }

    /** The invite, as seen by {@code viewer}: a partner sees "with" the other one. */
    @Transactional(readOnly = true)
    public MeetingInvite invite(long pairId, long plannedId, UpwardUser viewer) {
        PairRef pair = guard.readable(pairId, viewer);
        PlannedSession meeting = find(pairId, plannedId);
        return MeetingInvite.of(pair, meeting, topics.of(meeting), viewer);
    }

    private PlannedSession find(long pairId, long plannedId) {
        return planned.findByIdAndPairId(plannedId, pairId)
                .orElseThrow(() -> SessionNotFoundException.planned(plannedId));
    }

    private ZoneId zone(String name, List<FieldProblem> problems) {
        if (name == null || name.isBlank()) {
            return clock.getZone();
        }
        try {
            return ZoneId.of(name.trim());
        } catch (DateTimeException unknown) {
            problems.add(new FieldProblem("timeZone", UiText.of("sessions.error.isNotATimeZoneUse", name)));
            return null;
        }
    }
}
