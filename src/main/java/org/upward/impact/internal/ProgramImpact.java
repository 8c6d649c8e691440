package org.upward.impact.internal;

import java.time.LocalDate;
import java.util.List;
import org.upward.survey.WaveResults;

/**
 * Every figure of one program's impact dashboard. {@code culture} is the survey table by wave (closed waves
 * only, groups of fewer than five suppressed by the survey module).
 */
record ProgramImpact(
        long programId,
        String programName,
        String status,
        LocalDate startDate,
        LocalDate endDate,
        int minimumGroupSize,
        Participation participation,
        Engagement engagement,
        List<SkillGrowth> skillGrowth,
        List<WaveResults> culture,
        Retention retention,
        OutcomeTotals outcomes,
        MatchQuality matchQuality) {}
