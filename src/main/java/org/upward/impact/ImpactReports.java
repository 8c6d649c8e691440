package org.upward.impact;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upward.program.ProgramService;
import org.upward.program.ProgramView;
import org.upward.survey.SurveyResults;

/**
 * Builds a program's impact dashboard from SQL aggregates over the other features' tables, read-only. Every
 * figure built from fewer than five people is suppressed here, so no page, API response or CSV can show it.
 */
@Service
public class ImpactReports {

    private final ProgramService programs;
    private final ParticipationQuery participation;
    private final ActivityQuery activity;
    private final OutcomeQuery outcomes;
    private final RetentionQuery retention;
    private final SkillGrowthQuery skillGrowth;
    private final SurveyResults surveys;

    ImpactReports(
            ProgramService programs,
            ParticipationQuery participation,
            ActivityQuery activity,
            OutcomeQuery outcomes,
            RetentionQuery retention,
            SkillGrowthQuery skillGrowth,
            SurveyResults surveys) {
        this.retention = retention;
        this.skillGrowth = skillGrowth;
        this.surveys = surveys;
        this.programs = programs;
        this.participation = participation;
        this.activity = activity;
        this.outcomes = outcomes;
    }

    @Transactional(readOnly = true)
    public ProgramImpact of(long programId) {
        ProgramView program = programs.get(programId);
        ActivityQuery.Activity pairs = activity.of(programId);
        return new ProgramImpact(
                program.id(),
                program.name(),
                program.status().name(),
                program.startDate(),
                program.endDate(),
                SmallGroups.MINIMUM,
                participation.of(programId),
                pairs.engagement(),
                skillGrowth.of(programId),
                surveys.of(programId),
                retention.of(programId, program.startDate(), program.endDate()),
                outcomes.of(programId, program.cost()),
                pairs.matchQuality());
    }
}
