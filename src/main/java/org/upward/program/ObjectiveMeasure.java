package org.upward.program;

import java.math.BigDecimal;
import java.util.List;

/**
 * How an objective is judged: a kind of evidence Upward collects and the target it must reach. Which of the
 * other fields a kind uses: {@link Kind}. Skills by catalog name; {@code wave} a survey wave's name.
 */
public record ObjectiveMeasure(
        Kind kind, Side side, List<String> skills, BigDecimal level, BigDecimal target, SurveyItem item, String wave) {

    public static final ObjectiveMeasure QUALITATIVE =
            new ObjectiveMeasure(Kind.QUALITATIVE, null, null, null, null, null, null);

    public List<String> skillsOrNone() {
        return skills == null ? List.of() : skills;
    }

    public enum Kind {
        /** {@code side}, {@code skills}, {@code target} (1–5): the side's mean POST level on those skills. */
        SKILL_POST_MEAN,
        /** {@code side}, {@code skills}, {@code target} (points): the mean paired change POST − PRE. */
        SKILL_CHANGE,
        /** {@code side}, {@code skills}, {@code level} (1–5), {@code target} (%): the share whose POST mean reaches the level. */
        SHARE_REACHING_LEVEL,
        /** {@code item}, {@code wave}, {@code target} (points): participants' change from BASELINE to the wave. */
        SURVEY_CHANGE,
        /** {@code target} (%): the share of pairs keeping the check-in cadence. */
        CADENCE_SHARE,
        /** {@code target} (points): participants' retention minus everyone else's. */
        RETENTION_DIFFERENCE,
        /** {@code target} (money): the sum of the business outcomes recorded. */
        OUTCOME_VALUE,
        /** Nothing else: the admin records a verdict with its evidence once the program ends. */
        QUALITATIVE;

        public boolean aboutSkills() {
            return this == SKILL_POST_MEAN || this == SKILL_CHANGE || this == SHARE_REACHING_LEVEL;
        }
    }

    /** Whose skills are measured. */
    public enum Side {
        MENTOR,
        MENTEE
    }

    /** The culture survey's standard questions; NPS from "would you recommend", −100 to 100. */
    public enum SurveyItem {
        COLLABORATION,
        SATISFACTION,
        INTERGENERATIONAL_COMMUNICATION,
        NPS
    }
}
