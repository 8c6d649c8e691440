package org.upward.pairing.engine;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A mentee as the engine sees them.
 *
 * @param id stable person id
 * @param department the mentee's department
 * @param managerIds ids of everyone above the mentee in the reporting line (manager, their manager, … up to the top)
 * @param skillsWanted skill id → where the mentee stands and how much it matters
 * @param interests lower-case interest tags
 * @param unmatchedLastTime left unmatched in the previous run: gets priority among equally good solutions
 */
public record MenteeProfile(
        long id,
        String department,
        Set<Long> managerIds,
        Map<Long, WantedSkill> skillsWanted,
        Set<String> interests,
        WorkStyle workStyle,
        MeetingPreference meetingPreference,
        boolean unmatchedLastTime) {

    public MenteeProfile {
        department = Objects.requireNonNullElse(department, "");
        managerIds = Set.copyOf(managerIds);
        skillsWanted = Map.copyOf(skillsWanted);
        interests = Checks.tags(interests);
        Objects.requireNonNull(workStyle, "workStyle");
        Objects.requireNonNull(meetingPreference, "meetingPreference");
    }
}
