package org.upward.program;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A program as the API and pages show it, with the statuses it may move to next; {@code quietPeriodsBeforeClose}: see
 * {@link ProgramRequest}.
 */
public record ProgramView(
        long id,
        String name,
        String description,
        LocalDate startDate,
        LocalDate endDate,
        String successCriteria,
        String sponsorEmail,
        String sponsorName,
        int checkInCadenceWeeks,
        BigDecimal cost,
        List<ObjectiveView> objectives,
        MatchingSettingsView matching,
        AssessmentSettingsView assessment,
        ProgramStatus status,
        List<ProgramStatus> nextStatuses,
        long version,
        int quietPeriodsBeforeClose) {}
