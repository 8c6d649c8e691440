package org.upward.enrollment.internal;

import java.util.List;
import java.util.Set;
import org.upward.enrollment.MeetingPreference;
import org.upward.enrollment.SkillWish;
import org.upward.enrollment.WorkStyle;

/** A profile's contents once checked: skill ids resolved, levels in range, tags lower-cased. */
record EnrollmentProfile(
        List<SkillOffer> skillsOffered,
        List<SkillWish> skillsWanted,
        Set<String> interests,
        WorkStyle workStyle,
        MeetingPreference meetingPreference,
        int capacity) {}
