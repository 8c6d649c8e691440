package org.upward.pairing;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upward.pairing.engine.Candidate;
import org.upward.pairing.engine.PairKey;
import org.upward.pairing.engine.PairingEngine;
import org.upward.pairing.engine.PairingInput;
import org.upward.pairing.engine.PairingResult;
import org.upward.pairing.engine.ProposedPair;
import org.upward.people.PeopleService;
import org.upward.program.ProgramView;
import org.upward.security.Role;
import org.upward.security.UpwardUser;
import org.upward.web.ConflictException;
import org.upward.web.InvalidFieldException;

/** What happens to pairs after a run: review, manual pairs, the intro chat, flags and early swaps. */
@Service
public class PairReview {

    private final PairingEngine engine = new PairingEngine();
    private final PairRepository pairs;
    private final PairingService pairing;
    private final PairingInputs inputs;
    private final BlockedPairs blocked;
    private final PeopleService people;
    private final Clock clock;

    PairReview(
            PairRepository pairs,
            PairingService pairing,
            PairingInputs inputs,
            BlockedPairs blocked,
            PeopleService people,
            Clock clock) {
        this.pairs = pairs;
        this.pairing = pairing;
        this.inputs = inputs;
        this.blocked = blocked;
        this.people = people;
        this.clock = clock;
    }

    @Transactional
    public PairView approve(long pairId) {
        MentoringPair pair = in(pairId, PairStatus.PROPOSED, "approved");
        pair.moveTo(PairStatus.APPROVED, clock.instant());
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
        return pairing.views(proposed);
    }

    /** Rejects a proposal; the admin's verdict stands: the pair is never proposed again in this program. */
    @Transactional
    public PairView reject(long pairId) {
        MentoringPair pair = in(pairId, PairStatus.PROPOSED, "rejected");
        pair.moveTo(PairStatus.REJECTED, clock.instant());
        blocked.block(pair.getProgramId(), pair.getMentorId(), pair.getMenteeId());
        return view(pair);
    }

    /** The intro chat happened: the pair starts for real. */
    @Transactional
    public PairView activate(long pairId) {
        MentoringPair pair = in(pairId, PairStatus.APPROVED, "activated");
        pair.moveTo(PairStatus.ACTIVE, clock.instant());
        return view(pair);
    }

    @Transactional
    public PairView flag(long pairId, UpwardUser by, String note) {
        MentoringPair pair = find(pairId);
        if (!by.hasRole(Role.ADMIN) && !isPartner(pair, by)) {
            throw new AccessDeniedException("Only the two partners or an admin can flag a pair.");
        }
        if (!pair.getStatus().isAgreed()) {
            throw new ConflictException("Cannot flag", "Only an approved or active pair can be flagged.");
        }
        pair.flag(note == null || note.isBlank() ? "Looks off" : note.trim(), clock.instant());
        return view(pair);
    }

    /**
     * Dissolves the pair with a reason and rematches both people from the best remaining options:
     * everyone not in an agreed or proposed pair, with the dissolved pair ruled out.
     */
    @Transactional
    public List<PairView> swap(long pairId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidFieldException("reason", "say why the pair is dissolved");
        }
        MentoringPair old = find(pairId);
        if (!old.getStatus().isAgreed()) {
            throw new ConflictException("Cannot swap", "Only an approved or active pair can be swapped.");
        }
        ProgramView program = pairing.pairable(old.getProgramId());
        old.dissolve(reason.trim(), clock.instant());
        pairs.flush();
        List<MentoringPair> current = pairs.findByProgramIdOrderByIdAsc(program.id());
        List<MentoringPair> taken = current.stream()
                .map(p -> p.getStatus() == PairStatus.PROPOSED ? asAgreed(p) : p)
                .toList();
        Participants participants = inputs.participants(program.id());
        PairingInput input = inputs.build(
                program,
                PairingService.settings(program, new RunRequest(false, null, null, null)),
                participants,
                taken,
                Set.of(old.getMenteeId(), old.getMentorId()),
                Set.of(new PairKey(old.getMentorId(), old.getMenteeId())));
        PairingResult result = engine.run(input);
        List<MentoringPair> replacements = new ArrayList<>();
        for (ProposedPair proposed : result.pairs()) {
            if (proposed.menteeId() == old.getMenteeId() || proposed.mentorId() == old.getMentorId()) {
                MentoringPair replacement = new MentoringPair(
                        program.id(),
                        null,
                        proposed.mentorId(),
                        proposed.menteeId(),
                        new MentoringPair.Proposal(
                                proposed.score(),
                                Breakdowns.of(proposed.breakdown()),
                                proposed.explanation(),
                                List.of(),
                                false),
                        clock.instant());
                replacement.replacing(old.getId());
                replacements.add(pairs.save(replacement));
            }
        }
        return pairing.views(replacements);
    }

    /** Pairs two people by hand; every constraint the pair breaks comes back as a warning. */
    @Transactional
    public PairView pairByHand(long programId, String mentorEmail, String menteeEmail) {
        ProgramView program = pairing.pairable(programId);
        Participants participants = inputs.participants(programId);
        long mentorId = enrolled(participants, mentorEmail, org.upward.enrollment.Side.MENTOR, "mentorEmail");
        long menteeId = enrolled(participants, menteeEmail, org.upward.enrollment.Side.MENTEE, "menteeEmail");
        List<MentoringPair> current = pairs.findByProgramIdOrderByIdAsc(programId);
        if (current.stream()
                .anyMatch(p -> p.getMenteeId() == menteeId && p.getStatus().isLive())) {
            throw new ConflictException(
                    "Already paired", menteeEmail + " already has a pair in this program: reject or swap it first.");
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
            warnings.add("the mentor already has " + load + " pair(s) and a capacity of " + capacity);
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
        return view(pair);
    }

    private static long enrolled(
            Participants participants, String email, org.upward.enrollment.Side side, String field) {
        return participants.byId().values().stream()
                .filter(p -> p.email().equalsIgnoreCase(email == null ? "" : email.trim()) && p.side() == side)
                .findFirst()
                .orElseThrow(() -> new InvalidFieldException(
                        field, email + " is not a " + side.name().toLowerCase() + " with a complete profile here"))
                .personId();
    }

    private static MentoringPair asAgreed(MentoringPair proposed) {
        MentoringPair copy = new MentoringPair(
                proposed.getProgramId(),
                null,
                proposed.getMentorId(),
                proposed.getMenteeId(),
                new MentoringPair.Proposal(0, java.util.Map.of(), "", List.of(), false),
                null);
        copy.moveTo(PairStatus.APPROVED, null);
        return copy;
    }

    private boolean isPartner(MentoringPair pair, UpwardUser user) {
        long me = people.getByEmail(user.email()).getId();
        return pair.getMentorId() == me || pair.getMenteeId() == me;
    }

    private MentoringPair in(long pairId, PairStatus required, String verb) {
        MentoringPair pair = find(pairId);
        pairing.pairable(pair.getProgramId());
        if (pair.getStatus() != required) {
            throw new ConflictException(
                    "Cannot do that now",
                    "Only a " + required.name().toLowerCase() + " pair can be " + verb + "; this one is "
                            + pair.getStatus().name().toLowerCase() + ".");
        }
        return pair;
    }

    private MentoringPair find(long pairId) {
        return pairs.findById(pairId).orElseThrow(() -> new PairNotFoundException(pairId));
    }

    private PairView view(MentoringPair pair) {
        pairs.flush();
        return pairing.views(List.of(pair)).get(0);
    }
}
