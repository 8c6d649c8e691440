package org.upward.enrollment;

import java.util.List;

/**
 * An enrollment as sent by the API, a CSV row or the profile form, before its rules are checked.
 * Skills are named, as people and HRIS exports name them.
 */
public record EnrollmentDraft(
        String email,
        Side side,
        List<OfferedSkill> skillsOffered,
        List<WantedSkill> skillsWanted,
        List<String> interests,
        WorkStyle workStyle,
        MeetingPreference meetingPreference,
        Integer capacity) {

    public record OfferedSkill(String skill, Integer level) {}

    public record WantedSkill(String skill, Integer currentLevel, Priority priority) {}

    public EnrollmentDraft {
        skillsOffered = skillsOffered == null ? List.of() : skillsOffered;
        skillsWanted = skillsWanted == null ? List.of() : skillsWanted;
        interests = interests == null ? List.of() : interests;
    }
}
