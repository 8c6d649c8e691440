package org.upward.enrollment;

import java.util.List;
import java.util.Map;
import org.upward.people.SkillView;

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

    static EnrollmentView of(Enrollment e, Map<Long, SkillView> skills) {
        return new EnrollmentView(
                e.getId(),
                e.getProgramId(),
                e.getPerson().getEmail(),
                e.getPerson().getName(),
                e.getPerson().getDepartment(),
                e.getSide(),
                e.getSkillsOffered().stream()
                        .map(o -> new OfferedSkillView(skills.get(o.skillId()).name(), o.level()))
                        .sorted((a, b) -> a.skill().compareToIgnoreCase(b.skill()))
                        .toList(),
                e.getSkillsWanted().stream()
                        .map(w -> new WantedSkillView(skills.get(w.skillId()).name(), w.currentLevel(), w.priority()))
                        .sorted((a, b) -> a.priority().compareTo(b.priority()))
                        .toList(),
                e.getInterests().stream().sorted().toList(),
                e.getWorkStyle(),
                e.getMeetingPreference(),
                e.getCapacity(),
                e.getStatus(),
                e.isComplete(),
                e.getVersion());
    }
}
