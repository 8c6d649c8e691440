package org.upward.pairing.internal;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upward.pairing.PairDecided;
import org.upward.pairing.PairStatus;
import org.upward.pairing.PairView;
import org.upward.pairing.RunRequest;
import org.upward.pairing.engine.Candidate;
import org.upward.pairing.engine.PairingEngine;
import org.upward.pairing.engine.PairingInput;
import org.upward.people.People;
import org.upward.people.PersonRef;
import org.upward.program.ProgramView;
import org.upward.security.UpwardUser;
import org.upward.shared.ConflictException;
import org.upward.shared.UiText;

/** The mentor's answer to a request and the admin's confirmation, which makes the pair. */
@Service
class ChoiceDecisions {

    private final PairingEngine engine = new PairingEngine(UiText::of);
    private final ParticipantChoice choice;
    private final PairRequestRepository requests;
    private final PairRepository pairs;
    private final PairingInputs inputs;
    private final PairingService pairing;
    private final People directory;
    private final PairNotices notices;
    private final Clock clock;
    private final PairEvents events;

    ChoiceDecisions(
            ParticipantChoice choice,
            PairRequestRepository requests,
            PairRepository pairs,
            PairingInputs inputs,
            PairingService pairing,
            People directory,
            PairNotices notices,
            Clock clock,
            PairEvents events) {
        this.choice = choice;
        this.requests = requests;
        this.pairs = pairs;
        this.inputs = inputs;
        this.pairing = pairing;
        this.directory = directory;
        this.notices = notices;
        this.clock = clock;
        this.events = events;
    }

    @Transactional
    public PairRequestView accept(long requestId, UpwardUser mentor) {
        PairRequest request = askedOf(requestId, mentor);
        Participants participants = inputs.participants(request.getProgramId());
        if (menteeHasPair(request, Set.of(PairStatus.APPROVED, PairStatus.ACTIVE))) {
            throw new ConflictException(
                    UiText.of("pairing.conflict.alreadyPaired"),
                    UiText.of("pairing.error.thisMenteeHasBeenPairedMeanwhile"));
        }
        long held = choice.placesTaken(request.getProgramId()).stream()
                .filter(t -> t.mentorId() == request.getMentorId())
                .count();
        var profile = participants.byId().get(request.getMentorId());
        int capacity = profile == null ? 0 : profile.capacity();
        if (held >= capacity) {
            throw new ConflictException(
                    UiText.of("pairing.conflict.noRoom"),
                    UiText.of("pairing.error.youAlreadyHaveAgreedPairS", held, capacity));
        }
        request.moveTo(PairRequestStatus.ACCEPTED, clock.instant());
        return choice.views(List.of(requests.saveAndFlush(request))).get(0);
    }

    @Transactional
    public PairRequestView decline(long requestId, UpwardUser mentor) {
        PairRequest request = askedOf(requestId, mentor);
        request.moveTo(PairRequestStatus.DECLINED, clock.instant());
        return choice.views(List.of(requests.saveAndFlush(request))).get(0);
    }

    /** As {@link #confirm(long)}, reached through a program's page: a request of another program is not found. */
    @Transactional
    public PairView confirm(long programId, long requestId) {
        PairRequest request =
                requests.findById(requestId).orElseThrow(() -> new PairRequestNotFoundException(requestId));
        if (request.getProgramId() != programId) {
            throw new PairRequestNotFoundException(requestId);
        }
        return confirm(requestId);
    }

    /** Turns an accepted request into an approved pair, with the engine's score and explanation. */
    @Transactional
    public PairView confirm(long requestId) {
        PairRequest request =
                requests.findById(requestId).orElseThrow(() -> new PairRequestNotFoundException(requestId));
        ProgramView program = choice.choosing(request.getProgramId());
        if (request.getStatus() != PairRequestStatus.ACCEPTED) {
            throw new ConflictException(
                    UiText.of("pairing.conflict.notAccepted"),
                    UiText.of("pairing.error.onlyARequestTheMentorAccepted", request.getStatus()));
        }
        if (menteeHasPair(request, Set.of(PairStatus.PROPOSED, PairStatus.APPROVED, PairStatus.ACTIVE))) {
            throw new ConflictException(
                    UiText.of("pairing.conflict.alreadyPaired"), UiText.of("pairing.error.thisMenteeAlreadyHasAPair"));
        }
        Participants participants = inputs.participants(program.id());
        PairingInput input = inputs.build(
                program,
                PairingService.settings(program, new RunRequest(false, null, null, null)),
                participants,
                List.of(),
                Set.of(),
                Set.of());
        Candidate candidate = engine.candidates(input, request.getMenteeId()).stream()
                .filter(c -> c.mentorId() == request.getMentorId())
                .findFirst()
                .orElseThrow(() -> new ConflictException(
                        UiText.of("pairing.conflict.notPairable"), UiText.of("pairing.error.theMentorOrTheMenteeNo")));
        List<String> warnings =
                !candidate.eligible() && candidate.reason() != null ? List.of(candidate.reason()) : List.of();
        MentoringPair pair = new MentoringPair(
                program.id(),
                null,
                request.getMentorId(),
                request.getMenteeId(),
                new MentoringPair.Proposal(
                        candidate.score(),
                        Breakdowns.of(candidate.breakdown()),
                        candidate.explanation(),
                        warnings,
                        false),
                clock.instant());
        pair.moveTo(PairStatus.APPROVED, clock.instant());
        request.moveTo(PairRequestStatus.CONFIRMED, clock.instant());
        requests.save(request);
        MentoringPair saved = pairs.saveAndFlush(pair);
        notices.approved(List.of(saved));
        events.decided(PairDecided.Decision.APPROVED, saved, "confirmed the mentee's request, accepted by the mentor");
        return pairing.views(List.of(saved)).get(0);
    }

    private PairRequest askedOf(long requestId, UpwardUser mentor) {
        PairRequest request =
                requests.findById(requestId).orElseThrow(() -> new PairRequestNotFoundException(requestId));
        long me = directory.findByEmail(mentor.email()).map(PersonRef::id).orElse(-1L);
        if (me != request.getMentorId()) {
            throw new AccessDeniedException(UiText.of("pairing.error.onlyTheMentorWhoWasAsked"));
        }
        choice.choosing(request.getProgramId());
        if (request.getStatus() != PairRequestStatus.REQUESTED) {
            throw new ConflictException(
                    UiText.of("pairing.conflict.alreadyAnswered"),
                    UiText.of("pairing.error.thisRequestIsAndWaitsFor", request.getStatus()));
        }
        return request;
    }

    private boolean menteeHasPair(PairRequest request, Set<PairStatus> statuses) {
        return pairs.findByProgramIdAndStatusIn(request.getProgramId(), statuses).stream()
                .anyMatch(p -> p.getMenteeId() == request.getMenteeId());
    }
}
