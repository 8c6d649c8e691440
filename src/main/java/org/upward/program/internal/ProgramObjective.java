package org.upward.program.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.upward.people.SkillView;
import org.upward.program.ObjectiveMeasure;
import org.upward.program.ObjectiveVerdict;
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

    @Enumerated(EnumType.STRING)
    private ObjectiveMeasure.Kind measureKind;

    @Enumerated(EnumType.STRING)
    private ObjectiveMeasure.Side measureSide;

    private BigDecimal measureLevel;

    private BigDecimal measureTarget;

    @Enumerated(EnumType.STRING)
    private ObjectiveMeasure.SurveyItem measureItem;

    private String measureWave;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "program_objective_measure_skill", joinColumns = @JoinColumn(name = "objective_id"))
    @Column(name = "skill_id")
    private Set<Long> measureSkillIds = new LinkedHashSet<>();

    @Enumerated(EnumType.STRING)
    private ObjectiveVerdict verdict;

    private String verdictEvidence;

    protected ProgramObjective() {}

    ProgramObjective(int position) {
        this.position = position;
    }

    void change(String statement, String outcomeMeasure, List<Long> focusSkillIds, ValidMeasure measure) {
        this.statement = statement;
        this.outcomeMeasure = outcomeMeasure;
        this.focusSkillIds.retainAll(focusSkillIds);
        this.focusSkillIds.addAll(focusSkillIds);
        ObjectiveMeasure.Kind kind = measure == null ? null : measure.measure().kind();
        if (kind != ObjectiveMeasure.Kind.QUALITATIVE) {
            this.verdict = null;
            this.verdictEvidence = null;
        }
        this.measureKind = kind;
        this.measureSide =
                kind != null && kind.aboutSkills() ? measure.measure().side() : null;
        this.measureLevel = kind == ObjectiveMeasure.Kind.SHARE_REACHING_LEVEL
                ? measure.measure().level()
                : null;
        this.measureTarget = kind == null || kind == ObjectiveMeasure.Kind.QUALITATIVE
                ? null
                : measure.measure().target();
        this.measureItem =
                kind == ObjectiveMeasure.Kind.SURVEY_CHANGE ? measure.measure().item() : null;
        this.measureWave = kind == ObjectiveMeasure.Kind.SURVEY_CHANGE
                ? measure.measure().wave().trim().toUpperCase(Locale.ROOT)
                : null;
        List<Long> skillIds = measure == null ? List.of() : measure.skillIds();
        this.measureSkillIds.retainAll(skillIds);
        this.measureSkillIds.addAll(skillIds);
    }

    /** The same goal and measure for another program, not yet judged. */
    ProgramObjective copy() {
        ProgramObjective copy = new ProgramObjective(position);
        copy.statement = statement;
        copy.outcomeMeasure = outcomeMeasure;
        copy.focusSkillIds.addAll(focusSkillIds);
        copy.measureKind = measureKind;
        copy.measureSide = measureSide;
        copy.measureLevel = measureLevel;
        copy.measureTarget = measureTarget;
        copy.measureItem = measureItem;
        copy.measureWave = measureWave;
        copy.measureSkillIds.addAll(measureSkillIds);
        return copy;
    }

    /** Records the admin's verdict on a qualitative measure. */
    void judge(ObjectiveVerdict verdict, String evidence) {
        this.verdict = verdict;
        this.verdictEvidence = evidence;
    }

    boolean hasOutcomeMeasure() {
        return measureKind != null;
    }

    ObjectiveMeasure.Kind measureKind() {
        return measureKind;
    }

    String statement() {
        return statement;
    }

    int position() {
        return position;
    }

    Set<Long> focusSkillIds() {
        return focusSkillIds;
    }

    Set<Long> measureSkillIds() {
        return measureSkillIds;
    }

    /** The focus skills by name, in the order the catalog gives its skills ({@link ProgramNames#skills()}). */
    ObjectiveView view(ProgramNames names) {
        return new ObjectiveView(
                statement, skillNames(focusSkillIds, names), outcomeMeasure, measure(names), verdict, verdictEvidence);
    }

    private ObjectiveMeasure measure(ProgramNames names) {
        if (measureKind == null) {
            return null;
        }
        return new ObjectiveMeasure(
                measureKind,
                measureSide,
                measureKind.aboutSkills() ? skillNames(measureSkillIds, names) : null,
                measureLevel,
                measureTarget,
                measureItem,
                measureWave);
    }

    private static List<String> skillNames(Set<Long> ids, ProgramNames names) {
        return names.skills().values().stream()
                .filter(skill -> ids.contains(skill.id()))
                .map(SkillView::name)
                .toList();
    }
}
