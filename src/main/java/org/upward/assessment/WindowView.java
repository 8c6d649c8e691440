package org.upward.assessment;

import java.time.LocalDate;
import java.util.List;

/** An assessment window as the API and the admin page show it, with its response rates per side. */
public record WindowView(
        long programId,
        AssessmentPhase phase,
        LocalDate opensOn,
        LocalDate closesOn,
        WindowState state,
        List<AssessmentResponseRate> responseRates) {}
