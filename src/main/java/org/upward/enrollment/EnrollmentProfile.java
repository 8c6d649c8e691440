package org.upward.enrollment;

import java.util.List;
import java.util.Set;

/** A profile's contents once checked: skill ids resolved, levels in range, tags lower-cased. */
record EnrollmentProfile(
        List<SkillOffer> skillsOffered,
        List<SkillWish> skillsWanted,
        Set<String> interests,
        WorkStyle workStyle,
        MeetingPreference meetingPreference,
        int capacity) {}
