package org.upward.enrollment.internal;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.upward.people.SkillsMerged;

/** Moves profiles' skills from a merged duplicate onto the skill kept (one row where a profile had both). */
@Component
class ProfileSkillMergeFollower {

    private final JdbcTemplate jdbc;

    ProfileSkillMergeFollower(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(SkillsMerged merged) {
        for (String table : new String[] {"enrollment_skill_offered", "enrollment_skill_wanted"}) {
            jdbc.update(
                    "delete from " + table + " d where d.skill_id = ? and exists (select 1 from " + table
                            + " k where k.enrollment_id = d.enrollment_id and k.skill_id = ?)",
                    merged.duplicateId(),
                    merged.targetId());
            jdbc.update(
                    "update " + table + " set skill_id = ? where skill_id = ?",
                    merged.targetId(),
                    merged.duplicateId());
        }
    }
}
