package org.upward.enrollment;

import java.util.List;

/** An enrollment as the API (fields of enrollments.csv in camelCase) and pages show it. */
public record EnrollmentView(
        long id,
        long programId,
        String email,
        String name,
        String department,
        Side side,
        List<OfferedSkillView> skillsOffered,
        List<WantedSkillView> skillsWanted,
        List<String> interests,
        WorkStyle workStyle,
        MeetingPreference meetingPreference,
        int capacity,
        EnrollmentStatus status,
        boolean complete,
        long version) {

    public record OfferedSkillView(String skill, int level) {}

    public record WantedSkillView(String skill, int currentLevel, Priority priority) {}
}
