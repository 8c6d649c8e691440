package org.upward.pairing.internal;

import java.time.Clock;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upward.pairing.PairDecided;
import org.upward.pairing.PairDecisions;
import org.upward.pairing.PairStatus;
import org.upward.pairing.PairView;
import org.upward.pairing.engine.PairingEngine;
import org.upward.people.People;
import org.upward.program.ProgramService;
import org.upward.program.ProgramView;
import org.upward.security.Role;
import org.upward.security.UpwardUser;
import org.upward.shared.ConflictException;
import org.upward.shared.UiText;

/** What happens to pairs after a run: review, manual pairs, the intro chat, flags and early swaps. */
@Service
class PairReview implements PairDecisions {

    private final PairingEngine engine = new PairingEngine(UiText::of);
    private final PairRepository pairs;
    private final PairingService pairing;
    private final PairingInputs inputs;
    private final BlockedPairs blocked;
    private final People people;
    private final PairNotices notices;
    private final Clock clock;
    private final PairEvents events;
    private final ProgramService programs;
    private final IntroChatRule introChat;

    PairReview(
            PairRepository pairs,
            PairingService pairing,
            PairingInputs inputs,
            BlockedPairs blocked,
            People people,
            PairNotices notices,
            Clock clock,
            PairEvents events,
            ProgramService programs,
            IntroChatRule introChat) {
        this.introChat = introChat;
        this.programs = programs;
        this.pairs = pairs;
        this.pairing = pairing;
        this.inputs = inputs;
        this.blocked = blocked;
        this.people = people;
        this.notices = notices;
        this.clock = clock;
        this.events = events;
    }

    /** A pair reached through a program's pages must be one of that program's pairs: otherwise 404. */
    @Transactional(readOnly = true)
    public void requireInProgram(long programId, long pairId) {
        MentoringPair pair = pairs.findById(pairId).orElseThrow(() -> new PairNotFoundException(pairId));
        if (pair.getProgramId() != programId) {
            throw new PairNotFoundException(pairId);
        }
    }

    @Override
    @Transactional
    public PairView approve(long pairId) {
        MentoringPair pair = in(pairId, PairStatus.PROPOSED, "approved");
        pair.moveTo(PairStatus.APPROVED, clock.instant());
        notices.approved(List.of(pair));
        events.decided(PairDecided.Decision.APPROVED, pair, null);
        return view(pair);
    }

    /** Approves every proposed pair of the program, the admin's own pairs by hand included. */
    @Transactional
    public List<PairView> approveAll(long programId) {
        pairing.pairable(programId);
        List<MentoringPair> proposed = pairs.findByProgramIdOrderByIdAsc(programId).stream()
                .filter(p -> p.getStatus() == PairStatus.PROPOSED)
                .toList();
        proposed.forEach(p -> p.moveTo(PairStatus.APPROVED, clock.instant()));
        pairs.flush();
        notices.approved(proposed);
        proposed.forEach(p -> events.decided(PairDecided.Decision.APPROVED, p, null));
        return pairing.views(proposed);
    }

    /** Rejects a proposal; the admin's verdict stands: the pair is never proposed again in this program. */
    @Transactional
    public PairView reject(long pairId) {
        MentoringPair pair = in(pairId, PairStatus.PROPOSED, "rejected");
        pair.moveTo(PairStatus.REJECTED, clock.instant());
        blocked.block(pair.getProgramId(), pair.getMentorId(), pair.getMenteeId());
        events.decided(PairDecided.Decision.REJECTED, pair, null);
        return view(pair);
    }

    /** The intro chat happened: the pair starts for real. */
    @Override
    @Transactional
    public PairView activate(long pairId) {
        MentoringPair pair = in(pairId, PairStatus.APPROVED, "activated");
        introChat.requireHeld(pairId, "pairing.error.introChatAhead");
        pair.moveTo(PairStatus.ACTIVE, clock.instant());
        events.decided(PairDecided.Decision.ACTIVATED, pair, null);
        return view(pair);
    }

    @Override
    @Transactional
    public PairView flag(long pairId, UpwardUser by, String note) {
        MentoringPair pair = find(pairId);
        if (!by.hasRole(Role.ADMIN) && !isPartner(pair, by)) {
            throw new AccessDeniedException(UiText.of("pairing.error.onlyTheTwoPartnersOrAn"));
        }
        if (!pair.getStatus().isAgreed()) {
            throw new ConflictException(
                    UiText.of("pairing.conflict.cannotFlag"), UiText.of("pairing.error.onlyApprovedOrActiveFlagged"));
        }
        ProgramView program = programs.get(pair.getProgramId());
        if (!PairingService.isPairable(program.status())) {
            throw new ConflictException(
                    UiText.of("pairing.conflict.cannotFlag"),
                    UiText.of(
                            "pairing.error.isAPairCanBeFlagged",
                            program.name(),
                            program.status().name().toLowerCase()));
        }
        pair.flag(
                note == null || note.isBlank() ? UiText.of("pairing.flag.defaultNote") : note.trim(),
                people.getByEmail(by.email()).id(),
                clock.instant());
        notices.flagged(pair, by);
        events.decided(PairDecided.Decision.FLAGGED, pair, pair.getFlagNote());
        return view(pair);
    }

    /** The admin looked at a flagged pair and keeps it: the flag goes, its note stays in the audit log. */
    @Transactional
    public PairView resolveFlag(long pairId) {
        MentoringPair pair = find(pairId);
        if (!pair.isFlagged() || !pair.getStatus().isAgreed()) {
            throw new ConflictException(
                    UiText.of("pairing.conflict.cannotResolve"), UiText.of("pairing.error.thisPairHasNoOpenFlag"));
        }
        String note = pair.getFlagNote();
        pair.resolveFlag(clock.instant());
        events.decided(PairDecided.Decision.FLAG_RESOLVED, pair, note);
        return view(pair);
    }

    private boolean isPartner(MentoringPair pair, UpwardUser user) {
        long me = people.getByEmail(user.email()).id();
        return pair.getMentorId() == me || pair.getMenteeId() == me;
    }

    private MentoringPair in(long pairId, PairStatus required, String verb) {
        MentoringPair pair = find(pairId);
        pairing.pairable(pair.getProgramId());
        if (pair.getStatus() != required) {
            throw new ConflictException(
                    UiText.of("pairing.conflict.cannotDoThatNow"),
                    UiText.of(
                            "pairing.error.onlyAPairCanBeThis",
                            required.name().toLowerCase(),
                            verb,
                            pair.getStatus().name().toLowerCase()));
        }
        return pair;
    }

    MentoringPair find(long pairId) {
        return pairs.findById(pairId).orElseThrow(() -> new PairNotFoundException(pairId));
    }

    private PairView view(MentoringPair pair) {
        pairs.flush();
        return pairing.views(List.of(pair)).get(0);
    }
}
