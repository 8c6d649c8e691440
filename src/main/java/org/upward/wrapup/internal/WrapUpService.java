package org.upward.wrapup.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upward.agreement.AgreementView.Goal;
import org.upward.agreement.PairAgreements;
import org.upward.pairing.PairAccess;
import org.upward.pairing.PairAccess.PairRef;
import org.upward.people.People;
import org.upward.program.ProgramService;
import org.upward.security.Role;
import org.upward.security.UpwardUser;
import org.upward.shared.ConflictException;
import org.upward.shared.UiText;
import org.upward.wrapup.WrapUpSummary;
import org.upward.wrapup.WrapUpView;
import org.upward.wrapup.WrapUpView.Answer;
import org.upward.wrapup.WrapUpView.GoalRating;
import org.upward.wrapup.WrapUps;
import org.upward.wrapup.internal.WrapUpRows.Row;

/**
 * Wrap-ups: each partner reads and writes only their own, and learns only whether the other answered; admins
 * see how many of the two answered, never the answers; a wrap-up can be changed until {@link #EDITABLE_FOR}
 * after it was due, then it is read-only.
 */
@Service
class WrapUpService implements WrapUps {

    static final Duration EDITABLE_FOR = Duration.ofDays(30);

    private final WrapUpRows rows;
    private final WrapUpCounts counts;
    private final PairAccess pairs;
    private final PairAgreements agreements;
    private final ProgramService programs;
    private final Clock clock;

    WrapUpService(
            WrapUpRows rows,
            WrapUpCounts counts,
            PairAccess pairs,
            PairAgreements agreements,
            ProgramService programs,
            Clock clock) {
        this.rows = rows;
        this.counts = counts;
        this.pairs = pairs;
        this.agreements = agreements;
        this.programs = programs;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public WrapUpView get(long pairId, UpwardUser me) {
        PairRef pair = pairs.get(pairId);
        boolean partner = pair.isPartner(me.email());
        if (!partner && !me.hasRole(Role.ADMIN)) {
            throw new AccessDeniedException(UiText.of("wrapup.error.pairOnly"));
        }
        List<Row> both = rows.ofPair(pairId, false);
        int answered = (int) both.stream().filter(Row::answered).count();
        if (!partner) {
            Optional<Instant> dueAt = both.stream().map(Row::dueAt).min(Instant::compareTo);
            return new WrapUpView(
                    pairId,
                    dueAt.isPresent(),
                    dueAt.orElse(null),
                    dueAt.map(d -> d.plus(EDITABLE_FOR)).orElse(null),
                    false,
                    null,
                    false,
                    answered,
                    List.of());
        }
        long myId = personId(pair, me);
        Row mine = both.stream().filter(r -> r.personId() == myId).findFirst().orElse(null);
        boolean partnerAnswered = both.stream().anyMatch(r -> r.personId() != myId && r.answered());
        if (mine == null) {
            return new WrapUpView(pairId, false, null, null, false, null, partnerAnswered, answered, List.of());
        }
        Instant until = mine.dueAt().plus(EDITABLE_FOR);
        List<GoalRating> goals = mine.answered()
                ? rows.goals(mine.id()).stream()
                        .map(g -> new GoalRating(g.goalId(), g.statement(), g.attainment()))
                        .toList()
                : agreedGoals(pairId, me).stream()
                        .map(g -> new GoalRating(g.id(), g.statement(), null))
                        .toList();
        Answer answer = mine.answered()
                ? new Answer(mine.answeredAt(), mine.whatChanged(), mine.changeShareable(), mine.recommend())
                : null;
        return new WrapUpView(
                pairId,
                true,
                mine.dueAt(),
                until,
                clock.instant().isBefore(until),
                answer,
                partnerAnswered,
                answered,
                goals);
    }

    /** The partner answers or changes their own wrap-up, while it is due and not yet closed. */
    @Transactional
    public WrapUpView write(long pairId, WrapUpRequest request, UpwardUser me) {
        PairRef pair = pairs.get(pairId);
        if (!pair.isPartner(me.email())) {
            throw new AccessDeniedException(UiText.of("wrapup.error.partnersOnly"));
        }
        long myId = personId(pair, me);
        Row mine = rows.ofPair(pairId, true).stream()
                .filter(r -> r.personId() == myId)
                .findFirst()
                .orElseThrow(() ->
                        new ConflictException(UiText.of("wrapup.conflict.title"), UiText.of("wrapup.error.notDue")));
        Instant until = mine.dueAt().plus(EDITABLE_FOR);
        if (!clock.instant().isBefore(until)) {
            throw new ConflictException(UiText.of("wrapup.conflict.title"), UiText.of("wrapup.error.closed"));
        }
        List<WrapUpRows.GoalRow> goals = WrapUpRules.check(request, agreedGoals(pairId, me));
        String changed = WrapUpRules.blankToNull(request.whatChanged());
        rows.answer(
                mine.id(),
                clock.instant(),
                changed,
                changed != null && Boolean.TRUE.equals(request.shareChange()),
                request.recommend(),
                goals);
        return get(pairId, me);
    }

    @Override
    @Transactional(readOnly = true)
    public WrapUpSummary summary(long programId) {
        programs.get(programId);
        WrapUpCounts.Counts counted = counts.of(programId);
        List<String> shared =
                WrapUpFigures.suppressed(counted) ? List.of() : counts.sharedChanges(programId, WrapUpFigures.QUOTES);
        return WrapUpFigures.of(programId, counted, shared);
    }

    private List<Goal> agreedGoals(long pairId, UpwardUser me) {
        return agreements.get(pairId, me).goals();
    }

    private static long personId(PairRef pair, UpwardUser me) {
        return pair.mentor().email().equals(People.normalizeEmail(me.email()))
                ? pair.mentor().id()
                : pair.mentee().id();
    }
}
