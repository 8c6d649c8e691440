package org.upward.program.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One skill (of people's catalog, by id) that one side of a program rates in its assessments. */
@Embeddable
class AssessedSkill {

    static final String MENTEE = "MENTEE";
    static final String MENTOR = "MENTOR";

    @Column(name = "side")
    private String side;

    @Column(name = "skill_id")
    private long skillId;

    protected AssessedSkill() {}

    AssessedSkill(String side, long skillId) {
        this.side = side;
        this.skillId = skillId;
    }

    String side() {
        return side;
    }

    long skillId() {
        return skillId;
    }
}
