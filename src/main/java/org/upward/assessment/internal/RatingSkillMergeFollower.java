package org.upward.assessment.internal;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.upward.people.SkillsMerged;

/**
 * Moves ratings from a merged duplicate skill onto the skill kept; where someone rated both, the rating of
 * the skill kept stays.
 */
@Component
class RatingSkillMergeFollower {

    private final JdbcTemplate jdbc;

    RatingSkillMergeFollower(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(SkillsMerged merged) {
        jdbc.update(
                "delete from assessment_rating d where d.skill_id = ? and exists (select 1 from assessment_rating k"
                        + " where k.program_id = d.program_id and k.phase = d.phase and k.rater_id = d.rater_id"
                        + " and k.subject_id = d.subject_id and k.skill_id = ?)",
                merged.duplicateId(),
                merged.targetId());
        jdbc.update(
                "update assessment_rating set skill_id = ? where skill_id = ?",
                merged.targetId(),
                merged.duplicateId());
    }
}
