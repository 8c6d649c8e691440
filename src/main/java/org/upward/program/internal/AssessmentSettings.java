package org.upward.program.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.upward.program.AssessmentSettingsView;

/** What a program's assessments ask: the skills each side rates, and whether partners rate each other too. */
@Embeddable
class AssessmentSettings {

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "program_assessed_skill", joinColumns = @JoinColumn(name = "program_id"))
    private List<AssessedSkill> assessedSkills = new ArrayList<>();

    private boolean partnerRating;

    protected AssessmentSettings() {}

    /** Replaces the settings; the details were validated by {@link ProgramValidator}. */
    void change(ValidProgram details) {
        assessedSkills.clear();
        details.menteeSkillIds().forEach(id -> assessedSkills.add(new AssessedSkill(AssessedSkill.MENTEE, id)));
        details.mentorSkillIds().forEach(id -> assessedSkills.add(new AssessedSkill(AssessedSkill.MENTOR, id)));
        this.partnerRating = Boolean.TRUE.equals(details.request().assessment().partnerRating());
    }

    AssessmentSettings copy() {
        AssessmentSettings copy = new AssessmentSettings();
        assessedSkills.forEach(
                assessed -> copy.assessedSkills.add(new AssessedSkill(assessed.side(), assessed.skillId())));
        copy.partnerRating = partnerRating;
        return copy;
    }

    /** Without mentee skills of their own, mentees are assessed on the objectives' focus skills. */
    AssessmentSettingsView view(List<ProgramObjective> objectives, ProgramNames names) {
        List<String> mentee = assessedNames(AssessedSkill.MENTEE, names);
        List<String> mentor = assessedNames(AssessedSkill.MENTOR, names);
        Set<String> focus = new LinkedHashSet<>();
        objectives.forEach(objective -> focus.addAll(objective.view(names).focusSkills()));
        return new AssessmentSettingsView(
                mentee, mentor, partnerRating, mentee.isEmpty() ? List.copyOf(focus) : mentee, mentor);
    }

    /** The skill ids one side rates ({@link AssessedSkill#MENTEE} or {@link AssessedSkill#MENTOR}), as chosen. */
    List<Long> skillIds(String side) {
        return assessedSkills.stream()
                .filter(assessed -> assessed.side().equals(side))
                .map(AssessedSkill::skillId)
                .toList();
    }

    List<Long> skillIds() {
        return assessedSkills.stream().map(AssessedSkill::skillId).toList();
    }

    private List<String> assessedNames(String side, ProgramNames names) {
        return assessedSkills.stream()
                .filter(assessed -> assessed.side().equals(side))
                .map(assessed -> names.skill(assessed.skillId()))
                .sorted(String.CASE_INSENSITIVE_ORDER)
                .toList();
    }
}
