package org.upward.agreement.internal;

import java.time.Clock;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upward.agreement.AgreementRequest;
import org.upward.agreement.AgreementView;
import org.upward.agreement.AgreementView.GoalStatus;
import org.upward.agreement.PairAgreements;
import org.upward.agreement.internal.PairAgreement.GoalText;
import org.upward.pairing.PairAccess;
import org.upward.pairing.PairAccess.PairRef;
import org.upward.people.People;
import org.upward.program.ProgramService;
import org.upward.program.ProgramView;
import org.upward.security.Role;
import org.upward.security.UpwardUser;
import org.upward.shared.ConflictException;
import org.upward.shared.UiText;

/**
 * Pairs' agreements and goals: read by the two partners and admins, written and confirmed by the partners
 * only, while the pair is approved or active and its program not over. Any change to the text or the goals
 * clears the confirmations; a stale {@code version} is a 409.
 */
@Service
class Agreements implements PairAgreements {

    private final PairAgreementRepository agreements;
    private final AgreementViews views;
    private final PairAccess pairs;
    private final ProgramService programs;
    private final People people;
    private final Clock clock;

    Agreements(
            PairAgreementRepository agreements,
            AgreementViews views,
            PairAccess pairs,
            ProgramService programs,
            People people,
            Clock clock) {
        this.agreements = agreements;
        this.views = views;
        this.pairs = pairs;
        this.programs = programs;
        this.people = people;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public AgreementView get(long pairId, UpwardUser me) {
        PairRef pair = readable(pairId, me);
        return views.of(pair, agreements.findByPairId(pairId).orElse(null), me);
    }

    @Override
    @Transactional
    public AgreementView write(long pairId, AgreementRequest request, UpwardUser me) {
        PairRef pair = partner(pairId, me);
        ProgramView program = writable(pair);
        List<GoalText> goals = AgreementRules.check(request, program);
        PairAgreement agreement = agreements.findForChange(pairId).orElse(null);
        long current = agreement == null ? 0 : agreement.getVersion();
        if (request.version() == null || request.version() != current) {
            throw stale();
        }
        if (agreement == null) {
            agreement = new PairAgreement(pairId);
        }
        agreement.write(
                request.text().trim(), AgreementRules.blankToNull(request.meetingRhythm()), goals, clock.instant());
        agreement = agreements.saveAndFlush(agreement);
        return views.of(pair, agreement, me);
    }

    /** The partner confirms the current version ({@code version}, when given, must be it). */
    @Override
    @Transactional
    public AgreementView confirm(long pairId, Long version, UpwardUser me) {
        PairRef pair = partner(pairId, me);
        writable(pair);
        PairAgreement agreement = agreements
                .findForChange(pairId)
                .orElseThrow(() -> new ConflictException(
                        UiText.of("agreement.conflict.title"), UiText.of("agreement.error.writeFirst")));
        if (version != null && version != agreement.getVersion()) {
            throw stale();
        }
        agreement.confirm(people.getByEmail(me.email()).id(), clock.instant());
        agreement = agreements.saveAndFlush(agreement);
        return views.of(pair, agreement, me);
    }

    @Override
    @Transactional
    public AgreementView markGoal(long pairId, long goalId, GoalStatus status, UpwardUser me) {
        PairRef pair = partner(pairId, me);
        writable(pair);
        PairAgreement agreement = agreements.findForChange(pairId).orElseThrow(AgreementRules::noSuchGoal);
        if (!agreement.markGoal(goalId, status.name(), clock.instant())) {
            throw AgreementRules.noSuchGoal();
        }
        return views.of(pair, agreements.saveAndFlush(agreement), me);
    }

    static ConflictException stale() {
        return new ConflictException(UiText.of("agreement.conflict.stale"), UiText.of("agreement.error.stale"));
    }

    /** The two partners and admins read. */
    private PairRef readable(long pairId, UpwardUser me) {
        PairRef pair = pairs.get(pairId);
        if (!me.hasRole(Role.ADMIN) && !pair.isPartner(me.email())) {
            throw new AccessDeniedException(UiText.of("agreement.error.pairOnly"));
        }
        return pair;
    }

    /** Only the two partners write and confirm. */
    private PairRef partner(long pairId, UpwardUser me) {
        PairRef pair = pairs.get(pairId);
        if (!pair.isPartner(me.email())) {
            throw new AccessDeniedException(UiText.of("agreement.error.partnersOnly"));
        }
        return pair;
    }

    private ProgramView writable(PairRef pair) {
        ProgramView program = programs.get(pair.programId());
        if (!pair.isAgreed()) {
            throw new ConflictException(
                    UiText.of("agreement.conflict.title"), UiText.of("agreement.error.pairNotAgreed"));
        }
        if (program.status().isOver()) {
            throw new ConflictException(
                    UiText.of("agreement.conflict.title"), UiText.of("agreement.error.programOver"));
        }
        return program;
    }
}
