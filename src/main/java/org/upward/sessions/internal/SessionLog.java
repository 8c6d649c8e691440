package org.upward.sessions.internal;

import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upward.agreement.AgreementView.GoalStatus;
import org.upward.agreement.PairAgreements;
import org.upward.followup.FollowUps;
import org.upward.notification.Notice;
import org.upward.notification.NoticeKind;
import org.upward.notification.NoticeTexts;
import org.upward.pairing.PairAccess.PairRef;
import org.upward.people.People;
import org.upward.people.PersonRef;
import org.upward.security.UpwardUser;
import org.upward.sessions.SessionRequest;
import org.upward.sessions.SessionService;
import org.upward.shared.ConflictException;
import org.upward.shared.FieldProblem;
import org.upward.shared.InvalidFieldsException;
import org.upward.shared.PageView;
import org.upward.shared.UiText;

/** A pair's shared session log: list, log and edit, for the two partners and admins. */
@Service
class SessionLog implements SessionService {

    private final SessionLogRepository sessions;
    private final PairGuard guard;
    private final SessionRules rules;
    private final SessionViews views;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    private final NoticeTexts texts;
    private final FollowUps followUps;
    private final PairAgreements agreements;

    SessionLog(
            SessionLogRepository sessions,
            PairGuard guard,
            SessionRules rules,
            SessionViews views,
            ApplicationEventPublisher events,
            Clock clock,
            NoticeTexts texts,
            FollowUps followUps,
            PairAgreements agreements) {
        this.texts = texts;
        this.followUps = followUps;
        this.agreements = agreements;
        this.sessions = sessions;
        this.guard = guard;
        this.rules = rules;
        this.views = views;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public PageView<SessionView> list(long pairId, UpwardUser viewer, Pageable pageable) {
        PairRef pair = guard.readable(pairId, viewer);
        var page = sessions.findByPairIdOrderByHeldOnDescIdDesc(pairId, pageable);
        return new PageView<>(
                views.of(pair, page.getContent()), page.getNumber(), page.getSize(), page.getTotalElements());
    }

    @Transactional(readOnly = true)
    public SessionView get(long sessionId, UpwardUser viewer) {
        MentoringSession session = find(sessionId);
        return views.of(guard.readable(session.getPairId(), viewer), session);
    }

    @Transactional
    public SessionView log(long pairId, SessionRequest request, UpwardUser by) {
        PairRef pair = guard.loggable(pairId, by);
        MentoringSession session = new MentoringSession(pairId, by.email(), clock.instant());
        session.change(request, rules.check(pair, request), clock.instant());
        SessionView logged = views.of(pair, sessions.saveAndFlush(session));
        journey(pairId, logged.id(), request, by);
        tellThePartner(pair, logged, by);
        return logged;
    }

    /**
     * What the meeting moved on the pair's journey, in the same transaction as the log: the follow-ups ticked done,
     * the goals marked done (progress: the agreement's confirmations stay) and the new follow-ups.
     */
    private void journey(long pairId, long sessionId, SessionRequest request, UpwardUser by) {
        followUps.markDone(pairId, request.ticked(), by);
        request.goalsTicked().stream()
                .distinct()
                .forEach(goal -> agreements.markGoal(pairId, goal, GoalStatus.DONE, by));
        followUps.add(pairId, sessionId, request.newFollowUps(), by);
    }

    /** The partner who did not log it (both partners when an admin logged it) is told, with a link to add feedback. */
    private void tellThePartner(PairRef pair, SessionView session, UpwardUser by) {
        String logger = People.normalizeEmail(by.email());
        for (PersonRef partner : List.of(pair.mentor(), pair.mentee())) {
            if (!partner.email().equals(logger)) {
                events.publishEvent(new Notice(
                        partner.email(),
                        NoticeKind.SESSION_LOGGED,
                        texts.of("notice.sessionLogged.subject", by.name()),
                        texts.of(
                                "notice.sessionLogged.text",
                                by.name(),
                                texts.day(session.date()),
                                String.valueOf(session.durationMinutes())),
                        "/participant/pairs/" + pair.id()));
            }
        }
    }

    /** Replaces the log; the request's version must be the one last read. */
    @Transactional
    public SessionView edit(long sessionId, SessionRequest request, UpwardUser by) {
        MentoringSession session = find(sessionId);
        PairRef pair = guard.loggable(session.getPairId(), by);
        if (request.version() == null) {
            throw new InvalidFieldsException(
                    List.of(new FieldProblem("version", UiText.of("sessions.error.sendTheVersionYouLastRead"))));
        }
        if (request.version() != session.getVersion()) {
            throw new ConflictException(
                    UiText.of("sessions.conflict.changedMeanwhile"), UiText.of("sessions.error.changedMeanwhile"));
        }
        session.change(request, rules.check(pair, request), clock.instant());
        return views.of(pair, sessions.saveAndFlush(session));
    }

    MentoringSession find(long sessionId) {
        return sessions.findById(sessionId).orElseThrow(() -> SessionNotFoundException.session(sessionId));
    }

    @Override
    @Transactional
    public long record(long pairId, SessionRequest request, UpwardUser by) {
        return log(pairId, request, by).id();
    }
}
