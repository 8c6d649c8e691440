package org.upward.intake;

import java.util.List;
import java.util.Map;
import org.upward.enrollment.EnrollmentDraft;
import org.upward.enrollment.MeetingPreference;
import org.upward.enrollment.Side;
import org.upward.enrollment.WorkStyle;

/**
 * An application as the API takes it: the side, the answers by question text (a list for a multiple choice) and
 * the matching profile an accepted applicant is enrolled with (the fields of an enrollment).
 */
public record ApplicationRequest(
        Side side,
        Map<String, Object> answers,
        List<EnrollmentDraft.OfferedSkill> skillsOffered,
        List<EnrollmentDraft.WantedSkill> skillsWanted,
        List<String> interests,
        WorkStyle workStyle,
        MeetingPreference meetingPreference,
        Integer capacity) {

    public ApplicationRequest {
        answers = answers == null ? Map.of() : answers;
    }

    /** The profile part, as the enrollment module takes it. */
    public EnrollmentDraft draft(String email) {
        return new EnrollmentDraft(
                email, side, skillsOffered, skillsWanted, interests, workStyle, meetingPreference, capacity);
    }
}
