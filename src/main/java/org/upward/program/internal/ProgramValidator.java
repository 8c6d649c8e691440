package org.upward.program.internal;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.upward.people.People;
import org.upward.people.PersonRef;
import org.upward.people.SkillCatalog;
import org.upward.people.SkillView;
import org.upward.program.AssessmentSettingsRequest;
import org.upward.program.InvalidProgramException;
import org.upward.program.ObjectiveMeasure;
import org.upward.program.ObjectiveRequest;
import org.upward.program.ProgramRequest;
import org.upward.program.ProgramStatus;
import org.upward.program.ScheduledWaves;
import org.upward.shared.FieldProblem;
import org.upward.shared.UiText;

/**
 * Checks a whole program request (fields, dates, matching settings, sponsor, focus skills) and
 * reports every problem at once, each under the field it concerns.
 */
@Component
class ProgramValidator {

    private final Validator validator;
    private final People people;
    private final SkillCatalog skills;
    private final ObjectProvider<ScheduledWaves> waves;

    ProgramValidator(Validator validator, People people, SkillCatalog skills, ObjectProvider<ScheduledWaves> waves) {
        this.validator = validator;
        this.people = people;
        this.skills = skills;
        this.waves = waves;
    }

    /**
     * The request with its references resolved, or {@link InvalidProgramException} listing every problem.
     * {@code current}: the program it changes, or null for a new one.
     */
    ValidProgram validate(ProgramRequest request, Program current) {
        ProgramStatus status = current == null ? ProgramStatus.DRAFT : current.getStatus();
        List<FieldProblem> problems = new ArrayList<>(fieldProblems(request));
        if (request.startDate() != null
                && request.endDate() != null
                && !request.endDate().isAfter(request.startDate())) {
            problems.add(new FieldProblem("endDate", UiText.of("program.error.theEndDateMustBeAfter")));
        }
        problems.addAll(MatchingSettingsRules.check(request.matching()));
        Long sponsor = sponsor(request.sponsorEmail(), problems);
        List<List<Long>> focusSkills = focusSkills(request.objectivesOrNone(), problems);
        AssessmentSettingsRequest assessment = request.assessment();
        List<Long> menteeSkills = assessment == null
                ? List.of()
                : skillsNamed(assessment.menteeSkillsOrNone(), "assessment.menteeSkills", problems);
        List<Long> mentorSkills = assessment == null
                ? List.of()
                : skillsNamed(assessment.mentorSkillsOrNone(), "assessment.mentorSkills", problems);
        MeasureRules.Context context = new MeasureRules.Context(
                assessed(request, current, focusSkills, menteeSkills, mentorSkills), scheduledWaves(current));
        MeasureRules rules = new MeasureRules(context, skills::findByName, problems);
        List<ValidMeasure> measures = new ArrayList<>();
        List<ObjectiveRequest> objectives = request.objectivesOrNone();
        for (int i = 0; i < objectives.size(); i++) {
            ObjectiveRequest objective = objectives.get(i);
            measures.add(
                    objective == null
                            ? null
                            : rules.check(
                                    objective.measureOrQualitative(),
                                    objective.outcomeMeasure(),
                                    "objectives[" + i + "].measure"));
        }
        if (status != ProgramStatus.DRAFT) {
            problems.addAll(ProgramLifecycle.keptAfterDraft(sponsor != null, hasMeasure(request)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidProgramException(problems);
        }
        return new ValidProgram(request, sponsor, focusSkills, measures, menteeSkills, mentorSkills);
    }

    /**
     * The skills each side will rate once the request is saved: mentees without skills of their own rate the
     * objectives' focus skills; a request without assessment settings keeps the program's.
     */
    private static Map<ObjectiveMeasure.Side, Set<Long>> assessed(
            ProgramRequest request,
            Program current,
            List<List<Long>> focusSkills,
            List<Long> menteeSkills,
            List<Long> mentorSkills) {
        List<Long> mentee = menteeSkills;
        List<Long> mentor = mentorSkills;
        if (request.assessment() == null && current != null) {
            mentee = current.assessment().skillIds(AssessedSkill.MENTEE);
            mentor = current.assessment().skillIds(AssessedSkill.MENTOR);
        }
        Set<Long> menteeRated = new LinkedHashSet<>(mentee);
        if (menteeRated.isEmpty()) {
            focusSkills.forEach(menteeRated::addAll);
        }
        return Map.of(ObjectiveMeasure.Side.MENTEE, menteeRated, ObjectiveMeasure.Side.MENTOR, Set.copyOf(mentor));
    }

    private Set<String> scheduledWaves(Program current) {
        if (current == null || current.getId() == null) {
            return Set.of();
        }
        ScheduledWaves scheduled = waves.getIfAvailable();
        return scheduled == null ? Set.of() : scheduled.of(current.getId());
    }

    private List<FieldProblem> fieldProblems(ProgramRequest request) {
        return validator.validate(request).stream()
                .sorted(Comparator.comparing(
                        violation -> violation.getPropertyPath().toString()))
                .map(ProgramValidator::problem)
                .toList();
    }

    private static FieldProblem problem(ConstraintViolation<ProgramRequest> violation) {
        return new FieldProblem(
                violation.getPropertyPath().toString().replace("<list element>", ""), violation.getMessage());
    }

    /** The sponsor's person id, or null without a (known) sponsor. */
    private Long sponsor(String email, List<FieldProblem> problems) {
        if (email == null || email.isBlank()) {
            return null;
        }
        Optional<PersonRef> sponsor = people.findByEmail(email);
        if (sponsor.isEmpty()) {
            problems.add(new FieldProblem(
                    "sponsorEmail", UiText.of("program.error.noPersonWithEmailIsKnown", email.trim())));
        }
        return sponsor.map(PersonRef::id).orElse(null);
    }

    private List<List<Long>> focusSkills(List<ObjectiveRequest> objectives, List<FieldProblem> problems) {
        List<List<Long>> all = new ArrayList<>();
        for (int i = 0; i < objectives.size(); i++) {
            ObjectiveRequest objective = objectives.get(i);
            if (objective == null) {
                problems.add(
                        new FieldProblem("objectives[" + i + "]", UiText.of("program.error.anObjectiveCannotBeEmpty")));
                all.add(List.of());
                continue;
            }
            all.add(skillsNamed(
                    objective.focusSkills() == null ? List.of() : objective.focusSkills(),
                    "objectives[" + i + "].focusSkills",
                    problems));
        }
        return all;
    }

    private List<Long> skillsNamed(List<String> names, String field, List<FieldProblem> problems) {
        Set<Long> found = new LinkedHashSet<>();
        for (String name : names) {
            Optional<SkillView> skill = skills.findByName(name);
            if (skill.isEmpty()) {
                problems.add(new FieldProblem(field, UiText.of("program.error.isNotASkillOfThe", name)));
            } else if (skill.get().retired()) {
                problems.add(new FieldProblem(
                        field,
                        UiText.of(
                                "program.error.isRetiredAndCanTBe", skill.get().name())));
            } else {
                found.add(skill.get().id());
            }
        }
        return List.copyOf(found);
    }

    private static boolean hasMeasure(ProgramRequest request) {
        return request.objectivesOrNone().stream().anyMatch(o -> o != null && o.measureOrQualitative() != null);
    }
}
