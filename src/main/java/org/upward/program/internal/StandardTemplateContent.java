package org.upward.program.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.upward.people.SkillCategory;
import org.upward.program.AssessmentSettingsRequest;
import org.upward.program.MatchingMode;
import org.upward.program.MatchingObjective;
import org.upward.program.MatchingRequest;
import org.upward.program.ObjectiveMeasure;
import org.upward.program.ObjectiveRequest;
import org.upward.program.ProgramRequest;

/**
 * What "Reverse mentoring — standard" holds: a year of reverse mentoring whose every objective is measured by data
 * Upward collects. Its dates are only the anchor of its survey plan and intake (a program made from it moves them).
 */
final class StandardTemplateContent {

    static final String KEY = "reverse-mentoring-standard";
    static final String NAME = "Reverse mentoring — standard";
    /** A Monday; the program runs 13 months so that the MONTH_12 wave closes before it ends. */
    static final LocalDate START = LocalDate.of(2026, 1, 5);

    static final LocalDate END = START.plusMonths(13);

    /** The skills it names, all from the catalog's starter set (added back if an installation removed them). */
    static final Map<String, SkillCategory> SKILLS = Map.of(
            "AI assistants", SkillCategory.DATA_AND_AI,
            "Collaboration platforms", SkillCategory.DIGITAL_TOOLS,
            "Prompt writing", SkillCategory.DATA_AND_AI,
            "Stakeholder management", SkillCategory.LEADERSHIP,
            "Strategic planning", SkillCategory.BUSINESS_STRATEGY);

    private static final List<String> MENTEE_SKILLS =
            List.of("AI assistants", "Collaboration platforms", "Prompt writing");
    private static final List<String> MENTOR_SKILLS = List.of("Stakeholder management", "Strategic planning");

    private StandardTemplateContent() {}

    /** The settings without objectives: saved first, so that the survey plan exists when the objectives are checked. */
    static ProgramRequest settings() {
        return request(List.of());
    }

    static ProgramRequest withObjectives() {
        return request(List.of(
                new ObjectiveRequest(
                        "Senior leaders grow confident with the digital tools their teams use",
                        MENTEE_SKILLS,
                        null,
                        new ObjectiveMeasure(
                                ObjectiveMeasure.Kind.SKILL_CHANGE,
                                ObjectiveMeasure.Side.MENTEE,
                                MENTEE_SKILLS,
                                null,
                                new BigDecimal("1.0"),
                                null,
                                null)),
                new ObjectiveRequest(
                        "Junior colleagues learn how the business is led",
                        MENTOR_SKILLS,
                        null,
                        new ObjectiveMeasure(
                                ObjectiveMeasure.Kind.SKILL_CHANGE,
                                ObjectiveMeasure.Side.MENTOR,
                                MENTOR_SKILLS,
                                null,
                                new BigDecimal("0.5"),
                                null,
                                null)),
                new ObjectiveRequest(
                        "Generations communicate better with each other",
                        List.of(),
                        null,
                        new ObjectiveMeasure(
                                ObjectiveMeasure.Kind.SURVEY_CHANGE,
                                null,
                                null,
                                null,
                                new BigDecimal("0.5"),
                                ObjectiveMeasure.SurveyItem.INTERGENERATIONAL_COMMUNICATION,
                                "MONTH_6")),
                new ObjectiveRequest(
                        "Participants stay with the company",
                        List.of(),
                        null,
                        new ObjectiveMeasure(
                                ObjectiveMeasure.Kind.RETENTION_DIFFERENCE,
                                null,
                                null,
                                null,
                                new BigDecimal("5"),
                                null,
                                null))));
    }

    private static ProgramRequest request(List<ObjectiveRequest> objectives) {
        return new ProgramRequest(
                NAME,
                "A year of reverse mentoring: junior colleagues mentor senior leaders on digital tools and AI, and learn"
                        + " in return how the business is led. Pairs meet every three weeks; surveys before the start,"
                        + " after six months and after a year show how the generations work together.",
                START,
                END,
                "Mentees' digital skills grow by a point, mentors' leadership skills by half a point, communication"
                        + " between generations improves by half a point after six months, and participants stay"
                        + " five points more often than their colleagues.",
                null,
                ProgramRequest.DEFAULT_CADENCE_WEEKS,
                null,
                objectives,
                new MatchingRequest(0.5, 0.3, 0.2, 25, true, MatchingObjective.MOST_MATCHED, MatchingMode.ADMIN_LED),
                new AssessmentSettingsRequest(MENTEE_SKILLS, MENTOR_SKILLS, true),
                null,
                ProgramRequest.DEFAULT_QUIET_PERIODS_BEFORE_CLOSE);
    }
}
