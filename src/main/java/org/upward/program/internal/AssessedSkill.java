package org.upward.program.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.upward.people.Skill;

/** One skill that one side of a program rates in its assessments. */
@Embeddable
class AssessedSkill {

    static final String MENTEE = "MENTEE";
    static final String MENTOR = "MENTOR";

    @Column(name = "side")
    private String side;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "skill_id")
    private Skill skill;

    protected AssessedSkill() {}

    AssessedSkill(String side, Skill skill) {
        this.side = side;
        this.skill = skill;
    }

    String side() {
        return side;
    }

    Skill skill() {
        return skill;
    }
}
