package org.upward.survey.internal;

import java.time.LocalDate;
import java.util.List;
import org.upward.survey.WaveStatus;

/** A wave as the API and admin page show it: dates, status, its comparison group and response rates. */
record WaveView(
        long id,
        long programId,
        String wave,
        LocalDate opensOn,
        LocalDate closesOn,
        WaveStatus status,
        List<String> comparisonGroup,
        SurveyResponseRate participants,
        SurveyResponseRate comparison) {}
