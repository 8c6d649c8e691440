package org.upward.program;

import java.util.List;

/**
 * Which skills a program's participants rate in their PRE and POST assessments, and whether partners
 * also rate each other. Skill names from the catalog. No mentee skills: the objectives' focus skills;
 * no mentor skills: mentors rate nothing. Absent from a program request: the program keeps its settings.
 */
public record AssessmentSettingsRequest(List<String> menteeSkills, List<String> mentorSkills, Boolean partnerRating) {

    public List<String> menteeSkillsOrNone() {
        return menteeSkills == null ? List.of() : menteeSkills;
    }

    public List<String> mentorSkillsOrNone() {
        return mentorSkills == null ? List.of() : mentorSkills;
    }
}
