package org.upward.program;

import java.util.List;

/**
 * A program's assessment settings as chosen ({@code menteeSkills} empty: the objectives' focus skills)
 * and the skill sets they give ({@code menteeSkillsRated}, {@code mentorSkillsRated}).
 */
public record AssessmentSettingsView(
        List<String> menteeSkills,
        List<String> mentorSkills,
        boolean partnerRating,
        List<String> menteeSkillsRated,
        List<String> mentorSkillsRated) {}
