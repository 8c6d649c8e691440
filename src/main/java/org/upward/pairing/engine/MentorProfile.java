package org.upward.pairing.engine;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A mentor as the engine sees them.
 *
 * @param id stable person id
 * @param department the mentor's department
 * @param managerIds ids of everyone above the mentor in the reporting line (manager, their manager, … up to the top)
 * @param skillsOffered skill id → proficiency 1–5
 * @param interests lower-case interest tags
 * @param capacity how many mentees the mentor takes, 1–5
 * @param unmatchedLastTime left unmatched in the previous run: gets priority among equally good solutions
 */
public record MentorProfile(
        long id,
        String department,
        Set<Long> managerIds,
        Map<Long, Integer> skillsOffered,
        Set<String> interests,
        WorkStyle workStyle,
        MeetingPreference meetingPreference,
        int capacity,
        boolean unmatchedLastTime) {

    public MentorProfile {
        department = Objects.requireNonNullElse(department, "");
        managerIds = Set.copyOf(managerIds);
        skillsOffered = Map.copyOf(skillsOffered);
        Checks.levels(skillsOffered, "skillsOffered");
        interests = Checks.tags(interests);
        Objects.requireNonNull(workStyle, "workStyle");
        Objects.requireNonNull(meetingPreference, "meetingPreference");
        if (capacity < 1 || capacity > 5) {
            throw new IllegalArgumentException("capacity must be between 1 and 5, was " + capacity);
        }
    }
}
