package org.upward.impact;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upward.program.ProgramService;
import org.upward.program.ProgramView;

/**
 * Builds a program's impact dashboard from SQL aggregates over the other features' tables, read-only. Every
 * figure built from fewer than five people is suppressed here, so no page, API response or CSV can show it.
 */
@Service
public class ImpactReports {

    private final ProgramService programs;
    private final ParticipationQuery participation;
    private final EngagementQuery engagement;
    private final OutcomeQuery outcomes;
    private final MatchQualityQuery matchQuality;
    private final RetentionQuery retention;

    ImpactReports(
            ProgramService programs,
            ParticipationQuery participation,
            EngagementQuery engagement,
            OutcomeQuery outcomes,
            MatchQualityQuery matchQuality,
            RetentionQuery retention) {
        this.retention = retention;
        this.programs = programs;
        this.participation = participation;
        this.engagement = engagement;
        this.outcomes = outcomes;
        this.matchQuality = matchQuality;
    }

    @Transactional(readOnly = true)
    public ProgramImpact of(long programId) {
        ProgramView program = programs.get(programId);
        return new ProgramImpact(
                program.id(),
                program.name(),
                program.status().name(),
                program.startDate(),
                program.endDate(),
                SmallGroups.MINIMUM,
                participation.of(programId),
                engagement.of(programId),
                retention.of(programId, program.startDate(), program.endDate()),
                outcomes.of(programId, program.cost()),
                matchQuality.of(programId));
    }
}
