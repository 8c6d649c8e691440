package org.upward.pairing.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upward.enrollment.Side;
import org.upward.pairing.PairDecided;
import org.upward.pairing.PairView;
import org.upward.pairing.PairsByHand;
import org.upward.pairing.RunRequest;
import org.upward.pairing.engine.Candidate;
import org.upward.pairing.engine.PairingEngine;
import org.upward.pairing.engine.PairingInput;
import org.upward.program.ProgramView;
import org.upward.shared.ConflictException;
import org.upward.shared.InvalidFieldException;
import org.upward.shared.UiText;

/** Pairs made by hand: allowed, but every rule they break is said out loud. */
@Service
class ManualPairs implements PairsByHand {

    private final PairingEngine engine = new PairingEngine(UiText::of);
    private final PairRepository pairs;
    private final PairingService pairing;
    private final PairingInputs inputs;
    private final Clock clock;
    private final PairEvents events;

    ManualPairs(PairRepository pairs, PairingService pairing, PairingInputs inputs, Clock clock, PairEvents events) {
        this.pairs = pairs;
        this.pairing = pairing;
        this.inputs = inputs;
        this.clock = clock;
        this.events = events;
    }

    /** Pairs two people by hand; every constraint the pair breaks comes back as a warning. */
    @Override
    @Transactional
    public PairView pairByHand(long programId, String mentorEmail, String menteeEmail) {
        ProgramView program = pairing.pairable(programId);
        Participants participants = inputs.participants(programId);
        long mentorId = enrolled(participants, mentorEmail, Side.MENTOR, "mentorEmail");
        long menteeId = enrolled(participants, menteeEmail, Side.MENTEE, "menteeEmail");
        List<MentoringPair> current = pairs.findByProgramIdOrderByIdAsc(programId);
        if (current.stream()
                .anyMatch(p -> p.getMenteeId() == menteeId && p.getStatus().isLive())) {
            throw new ConflictException(
                    UiText.of("pairing.conflict.alreadyPaired"),
                    UiText.of("pairing.error.alreadyHasAPairInThis", menteeEmail));
        }
        PairingInput input = inputs.build(
                program,
                PairingService.settings(program, new RunRequest(false, null, null, null)),
                participants,
                List.of(),
                Set.of(),
                Set.of());
        Candidate candidate = engine.candidates(input, menteeId).stream()
                .filter(c -> c.mentorId() == mentorId)
                .findFirst()
                .orElseThrow();
        List<String> warnings = new ArrayList<>();
        if (!candidate.eligible() && candidate.reason() != null) {
            warnings.add(candidate.reason());
        }
        long load = current.stream()
                .filter(p -> p.getMentorId() == mentorId && p.getStatus().isLive())
                .count();
        int capacity = participants.byId().get(mentorId).capacity();
        if (load >= capacity) {
            warnings.add(UiText.of("pairing.error.theMentorAlreadyHasPairS", load, capacity));
        }
        MentoringPair pair = pairs.save(new MentoringPair(
                programId,
                null,
                mentorId,
                menteeId,
                new MentoringPair.Proposal(
                        candidate.score(),
                        Breakdowns.of(candidate.breakdown()),
                        candidate.explanation(),
                        warnings,
                        true),
                clock.instant()));
        MentoringPair saved = pairs.saveAndFlush(pair);
        events.decided(PairDecided.Decision.MADE_BY_HAND, saved, null);
        return pairing.views(List.of(saved)).get(0);
    }

    private static long enrolled(
            Participants participants, String email, org.upward.enrollment.Side side, String field) {
        return participants.byId().values().stream()
                .filter(p -> p.email().equalsIgnoreCase(email == null ? "" : email.trim()) && p.side() == side)
                .findFirst()
                .orElseThrow(() -> new InvalidFieldException(
                        field,
                        UiText.of(
                                "pairing.error.isNotAWithAComplete",
                                email,
                                side.name().toLowerCase())))
                .personId();
    }
}
