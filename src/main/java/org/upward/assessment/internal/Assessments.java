package org.upward.assessment.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upward.assessment.AssessmentPhase;
import org.upward.enrollment.ProgramParticipants.Participant;
import org.upward.program.ProgramService;
import org.upward.program.ProgramView;
import org.upward.security.UpwardUser;
import org.upward.shared.ConflictException;
import org.upward.shared.FieldProblem;
import org.upward.shared.InvalidFieldsException;
import org.upward.shared.UiText;

/**
 * Participants answer an open assessment window: some skills now, the rest later, and change their
 * answers until it closes. The rater is always the signed-in participant.
 */
@Service
class Assessments {

    private final AssessmentRatingRepository ratings;
    private final AssessmentWindowRepository windows;
    private final AssessmentSubjects subjects;
    private final ProgramService programs;
    private final Clock clock;

    Assessments(
            AssessmentRatingRepository ratings,
            AssessmentWindowRepository windows,
            AssessmentSubjects subjects,
            ProgramService programs,
            Clock clock) {
        this.ratings = ratings;
        this.windows = windows;
        this.subjects = subjects;
        this.programs = programs;
        this.clock = clock;
    }

    /** Saves the given ratings (all or nothing) and answers everything the rater gave that subject so far. */
    @Transactional
    public PhaseAnswers answer(long programId, AnswerRequest request, UpwardUser by) {
        ProgramView program = programs.get(programId);
        Participant me = subjects.participant(program, by);
        AssessmentPhase phase = AssessmentPhase.parse(request.phase())
                .orElseThrow(() -> new InvalidFieldsException(
                        List.of(new FieldProblem("phase", UiText.of("assessment.error.choosePreBeforeTheProgramOr")))));
        AssessmentWindow window = openWindow(program, phase);
        RaterAndSubject subject = subjects.subject(program, me, request.subjectEmail());
        Map<Long, Integer> levels = RatingRules.check(request.ratings(), subject.skills());
        Map<Long, AssessmentRating> existing = given(programId, phase, subject);
        LocalDate today = LocalDate.now(clock);
        List<AssessmentRating> changed = new ArrayList<>();
        levels.forEach((skillId, level) -> {
            AssessmentRating rating = existing.computeIfAbsent(
                    skillId,
                    id -> new AssessmentRating(
                            programId, phase, me.personId(), subject.subject().personId(), id, clock.instant()));
            rating.rate(level, today, clock.instant());
            changed.add(rating);
        });
        ratings.saveAllAndFlush(changed);
        return answers(window, subject, existing);
    }

    /** The caller's own answers in every window of the program: themself, then any partner. */
    @Transactional(readOnly = true)
    public MyAssessments mine(long programId, UpwardUser by) {
        ProgramView program = programs.get(programId);
        Participant me = subjects.participant(program, by);
        List<PhaseAnswers> answers = new ArrayList<>();
        for (AssessmentWindow window : windows.findByProgramIdOrderByPhase(programId)) {
            answers.addAll(phase(program, me, window));
        }
        return new MyAssessments(program.id(), program.name(), me.side(), answers);
    }

    /** The caller's answers in one phase (themself first, then any partner), for the form page. */
    @Transactional(readOnly = true)
    public Optional<List<PhaseAnswers>> phase(long programId, AssessmentPhase phase, UpwardUser by) {
        ProgramView program = programs.get(programId);
        Participant me = subjects.participant(program, by);
        return windows.findByProgramIdAndPhase(programId, phase).map(window -> phase(program, me, window));
    }

    private List<PhaseAnswers> phase(ProgramView program, Participant me, AssessmentWindow window) {
        List<PhaseAnswers> answers = new ArrayList<>();
        List<RaterAndSubject> all = new ArrayList<>();
        all.add(subjects.self(program, me));
        all.addAll(subjects.partners(program, me));
        for (RaterAndSubject subject : all) {
            answers.add(answers(window, subject, given(program.id(), window.getPhase(), subject)));
        }
        return answers;
    }

    private AssessmentWindow openWindow(ProgramView program, AssessmentPhase phase) {
        AssessmentWindow window = windows.findByProgramIdAndPhase(program.id(), phase)
                .orElseThrow(() -> new ConflictException(
                        UiText.of("assessment.conflict.assessmentNotOpen"),
                        UiText.of("assessment.error.hasNoAssessmentYet", program.name(), phase)));
        if (!window.isOpenOn(LocalDate.now(clock))) {
            throw new ConflictException(
                    UiText.of("assessment.conflict.assessmentNotOpen"),
                    WindowRules.notOpen(window, LocalDate.now(clock)));
        }
        return window;
    }

    private Map<Long, AssessmentRating> given(long programId, AssessmentPhase phase, RaterAndSubject subject) {
        return ratings
                .findByProgramIdAndPhaseAndRaterIdAndSubjectId(
                        programId,
                        phase,
                        subject.rater().personId(),
                        subject.subject().personId())
                .stream()
                .collect(Collectors.toMap(AssessmentRating::getSkillId, Function.identity()));
    }

    private PhaseAnswers answers(AssessmentWindow window, RaterAndSubject subject, Map<Long, AssessmentRating> given) {
        List<SkillAnswer> skills = subject.skills().namesById().entrySet().stream()
                .map(skill -> {
                    AssessmentRating rating = given.get(skill.getKey());
                    return new SkillAnswer(
                            skill.getValue(),
                            rating == null ? null : rating.getLevel(),
                            rating == null ? null : rating.getAnsweredOn());
                })
                .toList();
        return new PhaseAnswers(
                window.getPhase(),
                subject.self(),
                subject.subject().email(),
                subject.subject().name(),
                window.getOpensOn(),
                window.getClosesOn(),
                window.state(LocalDate.now(clock)),
                skills);
    }
}
