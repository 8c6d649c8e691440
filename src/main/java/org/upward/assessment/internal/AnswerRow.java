package org.upward.assessment.internal;

import java.util.List;
import org.upward.assessment.AssessmentPhase;
import org.upward.enrollment.Side;

/**
 * Everything one rater gave one subject in one phase, for admins (never executives). {@code self} rows are
 * self-assessments; the others are partner ratings, reported separately.
 */
record AnswerRow(
        AssessmentPhase phase,
        boolean self,
        String raterEmail,
        String raterName,
        String subjectEmail,
        String subjectName,
        Side subjectSide,
        List<SkillAnswer> ratings) {}
