package org.upward.assessment.internal;

import org.upward.enrollment.ProgramParticipants.Participant;

/** Whom a rater rates: themself, or their partner; with the skills of the subject's side. */
record RaterAndSubject(Participant rater, Participant subject, SkillSet skills) {

    boolean self() {
        return rater.personId() == subject.personId();
    }
}
