package org.upward.assessment.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upward.assessment.AssessmentBackfill;
import org.upward.assessment.AssessmentPhase;
import org.upward.enrollment.ProgramParticipants;
import org.upward.enrollment.ProgramParticipants.Participant;
import org.upward.program.ProgramService;
import org.upward.program.ProgramView;
import org.upward.shared.ConflictException;
import org.upward.shared.NotFoundException;
import org.upward.shared.UiText;

/**
 * Self-assessments given in the past, on the day they were given (answers collected on paper, or the
 * demo's completed pilot). The day must fall inside the phase's window and the skills in the person's set.
 */
@Service
class AssessmentBackfillService implements AssessmentBackfill {

    private final AssessmentRatingRepository ratings;
    private final AssessmentWindowRepository windows;
    private final ProgramParticipants participants;
    private final ProgramSkillSets skillSets;
    private final ProgramService programs;
    private final Clock clock;

    AssessmentBackfillService(
            AssessmentRatingRepository ratings,
            AssessmentWindowRepository windows,
            ProgramParticipants participants,
            ProgramSkillSets skillSets,
            ProgramService programs,
            Clock clock) {
        this.ratings = ratings;
        this.windows = windows;
        this.participants = participants;
        this.skillSets = skillSets;
        this.programs = programs;
        this.clock = clock;
    }

    /** Records {@code email}'s self-ratings (skill name → level) as given on {@code answeredOn}. */
    @Transactional
    public void record(
            long programId, AssessmentPhase phase, String email, Map<String, Integer> levels, LocalDate answeredOn) {
        ProgramView program = programs.get(programId);
        Participant person = participants.find(programId, email).orElseThrow(() -> new NotParticipantException(email));
        AssessmentWindow window = windows.findByProgramIdAndPhase(programId, phase)
                .filter(w -> w.isOpenOn(answeredOn))
                .orElseThrow(() -> new ConflictException(
                        UiText.of("assessment.conflict.outsideTheWindow"),
                        UiText.of("assessment.error.noWindowOfThisProgramCovers", phase, answeredOn)));
        SkillSet skills = skillSets.of(program, person.side());
        Map<Long, Integer> valid = RatingRules.check(
                levels.entrySet().stream()
                        .map(e -> new RatingRequest(e.getKey(), e.getValue()))
                        .toList(),
                skills);
        List<AssessmentRating> rows = new ArrayList<>();
        valid.forEach((skillId, level) -> {
            AssessmentRating rating = new AssessmentRating(
                    programId, window.getPhase(), person.personId(), person.personId(), skillId, clock.instant());
            rating.rate(level, answeredOn, clock.instant());
            rows.add(rating);
        });
        ratings.saveAllAndFlush(rows);
    }

    static class NotParticipantException extends NotFoundException {

        NotParticipantException(String email) {
            super(UiText.of("assessment.error.doesNotTakePartInThis", email));
        }
    }
}
