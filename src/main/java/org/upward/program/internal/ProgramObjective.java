package org.upward.program.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.upward.people.SkillView;
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

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "program_objective_skill", joinColumns = @JoinColumn(name = "objective_id"))
    @Column(name = "skill_id")
    private Set<Long> focusSkillIds = new LinkedHashSet<>();

    protected ProgramObjective() {}

    ProgramObjective(int position) {
        this.position = position;
    }

    void change(String statement, String outcomeMeasure, List<Long> focusSkillIds) {
        this.statement = statement;
        this.outcomeMeasure = outcomeMeasure;
        this.focusSkillIds.retainAll(focusSkillIds);
        this.focusSkillIds.addAll(focusSkillIds);
    }

    boolean hasOutcomeMeasure() {
        return outcomeMeasure != null && !outcomeMeasure.isBlank();
    }

    int position() {
        return position;
    }

    Set<Long> focusSkillIds() {
        return focusSkillIds;
    }

    /** The focus skills by name, in the order the catalog gives its skills ({@link ProgramNames#skills()}). */
    ObjectiveView view(ProgramNames names) {
        return new ObjectiveView(
                statement,
                names.skills().values().stream()
                        .filter(skill -> focusSkillIds.contains(skill.id()))
                        .map(SkillView::name)
                        .toList(),
                outcomeMeasure);
    }
}
