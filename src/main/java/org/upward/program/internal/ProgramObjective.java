package org.upward.program.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.upward.people.Skill;
import org.upward.program.ObjectiveView;

/** One goal of a program: what should change, the skills it targets, and how success is measured. */
@Entity
@Table(name = "program_objective")
class ProgramObjective {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private int position;

    private String statement;

    private String outcomeMeasure;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(
            name = "program_objective_skill",
            joinColumns = @JoinColumn(name = "objective_id"),
            inverseJoinColumns = @JoinColumn(name = "skill_id"))
    @OrderBy("name")
    private List<Skill> focusSkills = new ArrayList<>();

    protected ProgramObjective() {}

    ProgramObjective(int position) {
        this.position = position;
    }

    void change(String statement, String outcomeMeasure, List<Skill> focusSkills) {
        this.statement = statement;
        this.outcomeMeasure = outcomeMeasure;
        this.focusSkills.clear();
        this.focusSkills.addAll(focusSkills);
    }

    boolean hasOutcomeMeasure() {
        return outcomeMeasure != null && !outcomeMeasure.isBlank();
    }

    int position() {
        return position;
    }

    ObjectiveView view() {
        return new ObjectiveView(
                statement, focusSkills.stream().map(Skill::getName).toList(), outcomeMeasure);
    }
}
