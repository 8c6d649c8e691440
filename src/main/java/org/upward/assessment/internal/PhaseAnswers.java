package org.upward.assessment.internal;

import java.time.LocalDate;
import java.util.List;
import org.upward.assessment.AssessmentPhase;

/**
 * What one rater gave one subject in one phase: every skill of the subject's set with its level, if
 * rated. {@code self} when the rater rates themself; otherwise the subject is their partner.
 */
record PhaseAnswers(
        AssessmentPhase phase,
        boolean self,
        String subjectEmail,
        String subjectName,
        LocalDate opensOn,
        LocalDate closesOn,
        WindowState state,
        List<SkillAnswer> skills) {

    public long rated() {
        return skills.stream().filter(s -> s.level() != null).count();
    }

    public int total() {
        return skills.size();
    }

    public boolean open() {
        return state == WindowState.OPEN;
    }
}
