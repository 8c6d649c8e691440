package org.upward.agreement.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One goal of a pair's agreement, tied to an objective of the program (by index) or a focus skill. */
@Entity
@Table(name = "pair_goal")
class PairGoal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private int position;

    private String statement;

    private Integer objectiveIndex;

    private String skill;

    private String status;

    PairGoal() {}

    void set(int position, String statement, Integer objectiveIndex, String skill, String status) {
        this.position = position;
        this.statement = statement;
        this.objectiveIndex = objectiveIndex;
        this.skill = skill;
        this.status = status;
    }

    void setStatus(String status) {
        this.status = status;
    }

    Long getId() {
        return id;
    }

    String getStatement() {
        return statement;
    }

    Integer getObjectiveIndex() {
        return objectiveIndex;
    }

    String getSkill() {
        return skill;
    }

    String getStatus() {
        return status;
    }
}
