package org.upward.assessment.internal;

import java.time.LocalDate;
import java.util.List;
import org.upward.assessment.AssessmentPhase;

/** An assessment window as the API and the admin page show it, with its response rates per side. */
record WindowView(
        long programId,
        AssessmentPhase phase,
        LocalDate opensOn,
        LocalDate closesOn,
        WindowState state,
        List<AssessmentResponseRate> responseRates) {}
