package org.upward.assessment.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.upward.enrollment.ProgramParticipants;
import org.upward.enrollment.ProgramParticipants.Participant;
import org.upward.pairing.PairAccess;
import org.upward.pairing.PairAccess.PairRef;
import org.upward.people.People;
import org.upward.program.ProgramView;
import org.upward.security.UpwardUser;
import org.upward.shared.FieldProblem;
import org.upward.shared.InvalidFieldsException;
import org.upward.shared.UiText;

/**
 * Object-level rules of assessments: only a participant of the program (not withdrawn) answers, always as
 * themself; with partner rating on, they may also rate the partner of their active pair, and nobody else.
 */
@Component
class AssessmentSubjects {

    private final ProgramParticipants participants;
    private final PairAccess pairs;
    private final ProgramSkillSets skillSets;

    AssessmentSubjects(ProgramParticipants participants, PairAccess pairs, ProgramSkillSets skillSets) {
        this.participants = participants;
        this.pairs = pairs;
        this.skillSets = skillSets;
    }

    Participant participant(ProgramView program, UpwardUser user) {
        return participants
                .find(program.id(), user.email())
                .orElseThrow(() -> new AccessDeniedException(
                        UiText.of("assessment.error.onlyTheParticipantsOfAnswerIts", program.name())));
    }

    RaterAndSubject self(ProgramView program, Participant me) {
        return new RaterAndSubject(me, me, skillSets.of(program, me.side()));
    }

    /** The rater themself when {@code subjectEmail} is blank or theirs, else their partner (or a refusal). */
    RaterAndSubject subject(ProgramView program, Participant me, String subjectEmail) {
        if (subjectEmail == null
                || subjectEmail.isBlank()
                || People.normalizeEmail(subjectEmail).equals(me.email())) {
            return self(program, me);
        }
        if (!program.assessment().partnerRating()) {
            throw new InvalidFieldsException(List.of(new FieldProblem(
                    "subjectEmail", UiText.of("assessment.error.inParticipantsRateOnlyThemselves", program.name()))));
        }
        return partners(program, me).stream()
                .filter(s -> s.subject().email().equals(People.normalizeEmail(subjectEmail)))
                .findFirst()
                .orElseThrow(() -> new AccessDeniedException(UiText.of("assessment.error.youCanRateOnlyYourOwn")));
    }

    /** The partners the rater rates, when the program has partner rating: those of their active pairs. */
    List<RaterAndSubject> partners(ProgramView program, Participant me) {
        List<RaterAndSubject> subjects = new ArrayList<>();
        if (!program.assessment().partnerRating()) {
            return subjects;
        }
        for (PairRef pair : pairs.agreedPairs(program.id())) {
            if (pair.isActive() && pair.isPartner(me.email())) {
                partnerParticipant(program, pair.partnerOf(me.email()).email())
                        .ifPresent(partner ->
                                subjects.add(new RaterAndSubject(me, partner, skillSets.of(program, partner.side()))));
            }
        }
        return subjects;
    }

    private Optional<Participant> partnerParticipant(ProgramView program, String email) {
        return participants.find(program.id(), email);
    }
}
