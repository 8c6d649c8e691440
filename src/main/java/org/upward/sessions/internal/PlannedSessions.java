package org.upward.sessions.internal;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upward.pairing.PairAccess;
import org.upward.pairing.PairAccess.PairRef;
import org.upward.people.PersonRef;
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

    /** An .ics invite and the file name to save it under. */
    public record Invite(String fileName, String ics) {}

    /** Open planned meetings a pair page lists at most. */
    static final int OPEN_SHOWN = 20;

    private final PlannedSessionRepository planned;
    private final SessionLogRepository sessions;
    private final PairGuard guard;
    private final PairAccess pairs;
    private final PairActivityWindow window;
    private final Clock clock;

    PlannedSessions(
            PlannedSessionRepository planned,
            SessionLogRepository sessions,
            PairGuard guard,
            PairAccess pairs,
            PairActivityWindow window,
            Clock clock) {
        this.window = window;
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
        guard.planner(pairId, by);
        List<FieldProblem> problems = new ArrayList<>();
        SessionDuration.problem(request.durationMinutes()).ifPresent(problems::add);
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
        return PlannedSessionView.of(planned.saveAndFlush(meeting));
    }

    /** Every meeting the pair planned, soonest first: the two partners and admins. */
    @Transactional(readOnly = true)
    public PageView<PlannedSessionView> list(long pairId, UpwardUser viewer, Pageable pageable) {
        guard.readable(pairId, viewer);
        var page = planned.findByPairIdOrderByStartsAtAscIdAsc(pairId, pageable);
        return new PageView<>(
                page.getContent().stream().map(PlannedSessionView::of).toList(),
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
                page.getContent().stream().map(PlannedSessionView::of).toList(),
                0,
                OPEN_SHOWN,
                page.getTotalElements());
    }

    @Transactional(readOnly = true)
    public PlannedSessionView get(long pairId, long plannedId, UpwardUser viewer) {
        guard.readable(pairId, viewer);
        return PlannedSessionView.of(find(pairId, plannedId));
    }

    /** Either partner cancels a planned meeting; it is deleted. */
    @Transactional
    public void cancel(long pairId, long plannedId, UpwardUser by) {
        guard.partnerOnly(pairId, by);
        planned.delete(find(pairId, plannedId));
    }

    /** Remembers that the session logged from a planned meeting was {@code sessionId}. */
    @Transactional
    public void logged(long pairId, long plannedId, long sessionId) {
        find(pairId, plannedId).loggedAs(sessionId);
    }

    /** The invite, as seen by {@code viewer}: a partner sees "with" the other one. */
    @Transactional(readOnly = true)
    public Invite invite(long pairId, long plannedId, UpwardUser viewer) {
        PairRef pair = guard.readable(pairId, viewer);
        PlannedSession meeting = find(pairId, plannedId);
        String what = meeting.isIntroChat() ? "Intro chat" : "Mentoring session";
        String with = pair.isPartner(viewer.email())
                ? pair.partnerOf(viewer.email()).name()
                : pair.mentor().name() + " and " + pair.mentee().name();
        PersonRef organizer =
                pair.isPartner(meeting.getPlannedBy()) ? PairGuard.person(pair, meeting.getPlannedBy()) : pair.mentor();
        var event = new IcsWriter.Event(
                meeting.getUid(),
                meeting.getCreatedAt(),
                meeting.getStartsAt(),
                meeting.getEndsAt(),
                what + " with " + with,
                description(meeting),
                meeting.getPlace() != null ? meeting.getPlace() : meeting.getVideoLink(),
                meeting.getVideoLink(),
                new IcsWriter.Person(organizer.name(), organizer.email()),
                List.of(
                        new IcsWriter.Person(pair.mentor().name(), pair.mentor().email()),
                        new IcsWriter.Person(pair.mentee().name(), pair.mentee().email())));
        String day =
                DateTimeFormatter.ISO_LOCAL_DATE.format(meeting.getStartsAt().atZone(meeting.getZone()));
        String name = what.toLowerCase(Locale.ROOT).replace(' ', '-') + "-" + day + ".ics";
        return new Invite(name, IcsWriter.write(event));
    }

    private static String description(PlannedSession meeting) {
        List<String> parts = new ArrayList<>();
        if (meeting.getAgenda() != null) {
            parts.add("Agenda:\n" + meeting.getAgenda());
        }
        if (meeting.getVideoLink() != null) {
            parts.add("Video link: " + meeting.getVideoLink());
        }
        if (meeting.getPlace() != null) {
            parts.add("Place: " + meeting.getPlace());
        }
        parts.add("Planned in Upward, reverse mentoring.");
        return String.join("\n\n", parts);
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
