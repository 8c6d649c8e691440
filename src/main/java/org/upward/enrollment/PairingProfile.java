package org.upward.enrollment;

import java.util.Map;
import java.util.Set;

/** What the pairing needs of one active, complete enrollment. */
public record PairingProfile(
        long personId,
        String email,
        String name,
        String department,
        Side side,
        Map<Long, Integer> skillsOffered,
        Map<Long, SkillWish> skillsWanted,
        Set<String> interests,
        WorkStyle workStyle,
        MeetingPreference meetingPreference,
        int capacity) {}
