package org.upward.assessment.internal;

import java.util.List;
import org.upward.enrollment.Side;

/** A participant's own answers in one program: for each window, their self-assessment and any partner rating. */
record MyAssessments(long programId, String programName, Side side, List<PhaseAnswers> answers) {}
