package org.upward.program.internal;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.upward.people.SkillsMerged;

/** Moves objectives' focus skills and assessed skills from a merged duplicate onto the skill kept. */
@Component
class ObjectiveSkillMergeFollower {

    private final JdbcTemplate jdbc;

    ObjectiveSkillMergeFollower(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(SkillsMerged merged) {
        jdbc.update(
                "delete from program_objective_skill d where d.skill_id = ? and exists (select 1 from"
                        + " program_objective_skill k where k.objective_id = d.objective_id and k.skill_id = ?)",
                merged.duplicateId(),
                merged.targetId());
        jdbc.update(
                "update program_objective_skill set skill_id = ? where skill_id = ?",
                merged.targetId(),
                merged.duplicateId());
        jdbc.update(
                "delete from program_assessed_skill d where d.skill_id = ? and exists (select 1 from"
                        + " program_assessed_skill k where k.program_id = d.program_id and k.side = d.side"
                        + " and k.skill_id = ?)",
                merged.duplicateId(),
                merged.targetId());
        jdbc.update(
                "update program_assessed_skill set skill_id = ? where skill_id = ?",
                merged.targetId(),
                merged.duplicateId());
    }
}
