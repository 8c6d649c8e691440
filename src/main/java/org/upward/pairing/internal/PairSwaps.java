package org.upward.pairing.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upward.pairing.EarlySwaps;
import org.upward.pairing.PairDecided;
import org.upward.pairing.PairView;
import org.upward.pairing.RunRequest;
import org.upward.pairing.engine.PairKey;
import org.upward.pairing.engine.PairingEngine;
import org.upward.pairing.engine.PairingInput;
import org.upward.pairing.engine.PairingResult;
import org.upward.pairing.engine.ProposedPair;
import org.upward.program.ProgramView;
import org.upward.shared.ConflictException;
import org.upward.shared.InvalidFieldException;
import org.upward.shared.UiText;

/** Early swaps: a pair that looks off is dissolved with its reason and both people are rematched. */
@Service
class PairSwaps implements EarlySwaps {

    private final PairingEngine engine = new PairingEngine(UiText::of);
    private final PairRepository pairs;
    private final PairReview review;
    private final PairingService pairing;
    private final PairingInputs inputs;
    private final Clock clock;
    private final PairEvents events;

    PairSwaps(
            PairRepository pairs,
            PairReview review,
            PairingService pairing,
            PairingInputs inputs,
            Clock clock,
            PairEvents events) {
        this.pairs = pairs;
        this.review = review;
        this.pairing = pairing;
        this.inputs = inputs;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Dissolves the pair with a reason and rematches both people from the best remaining options:
     * everyone not in a live (proposed, approved or active) pair, with the dissolved pair ruled out.
     */
    @Override
    @Transactional
    public List<PairView> swap(long pairId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidFieldException("reason", UiText.of("pairing.error.sayWhyThePairIsDissolved"));
        }
        MentoringPair old = review.find(pairId);
        if (!old.getStatus().isAgreed()) {
            throw new ConflictException(
                    UiText.of("pairing.conflict.cannotSwap"), UiText.of("pairing.error.onlyApprovedOrActiveSwapped"));
        }
        ProgramView program = pairing.pairable(old.getProgramId());
        old.dissolve(reason.trim(), clock.instant());
        pairs.flush();
        events.decided(PairDecided.Decision.SWAPPED, old, reason.trim());
        List<MentoringPair> taken = pairs.findByProgramIdOrderByIdAsc(program.id()).stream()
                .filter(p -> p.getStatus().isLive())
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
}
