package org.upward.impact;

import java.time.LocalDate;

/** Every figure of one program's impact dashboard. */
public record ProgramImpact(
        long programId,
        String programName,
        String status,
        LocalDate startDate,
        LocalDate endDate,
        int minimumGroupSize,
        Participation participation,
        Engagement engagement,
        Retention retention,
        OutcomeTotals outcomes,
        MatchQuality matchQuality) {}
