package org.upward.program.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.upward.program.ObjectiveMeasure;
import org.upward.program.ObjectiveRequest;
import org.upward.program.ObjectiveView;

/**
 * One objective row of the program form; a row left entirely blank is ignored. The measure's skills are the
 * objective's focus skills; no kind chosen: the free-text measure is judged by the admin (qualitative).
 */
class ObjectiveForm {

    private String statement;
    private List<String> focusSkills = new ArrayList<>();
    private String outcomeMeasure;
    private ObjectiveMeasure.Kind measureKind;
    private ObjectiveMeasure.Side measureSide = ObjectiveMeasure.Side.MENTEE;
    private BigDecimal measureLevel;
    private BigDecimal measureTarget;
    private ObjectiveMeasure.SurveyItem measureItem;
    private String measureWave;

    static ObjectiveForm of(ObjectiveView view) {
        ObjectiveForm form = new ObjectiveForm();
        form.statement = view.statement();
        form.focusSkills = new ArrayList<>(view.focusSkills());
        form.outcomeMeasure = view.outcomeMeasure();
        ObjectiveMeasure measure = view.measure();
        if (measure != null && measure.kind() != ObjectiveMeasure.Kind.QUALITATIVE) {
            form.measureKind = measure.kind();
            form.measureSide = measure.side() == null ? ObjectiveMeasure.Side.MENTEE : measure.side();
            form.measureLevel = measure.level();
            form.measureTarget = measure.target();
            form.measureItem = measure.item();
            form.measureWave = measure.wave();
        }
        return form;
    }

    boolean isBlank() {
        return isBlank(statement)
                && isBlank(outcomeMeasure)
                && (focusSkills == null || focusSkills.isEmpty())
                && measureKind == null;
    }

    ObjectiveRequest toRequest() {
        List<String> skills = focusSkills == null ? List.of() : focusSkills;
        ObjectiveMeasure measure = measureKind == null || measureKind == ObjectiveMeasure.Kind.QUALITATIVE
                ? null
                : new ObjectiveMeasure(
                        measureKind, measureSide, skills, measureLevel, measureTarget, measureItem, measureWave);
        return new ObjectiveRequest(statement, skills, outcomeMeasure, measure);
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    public String getStatement() {
        return statement;
    }

    public void setStatement(String statement) {
        this.statement = statement;
    }

    public List<String> getFocusSkills() {
        return focusSkills;
    }

    public void setFocusSkills(List<String> focusSkills) {
        this.focusSkills = focusSkills;
    }

    public String getOutcomeMeasure() {
        return outcomeMeasure;
    }

    public void setOutcomeMeasure(String outcomeMeasure) {
        this.outcomeMeasure = outcomeMeasure;
    }

    public ObjectiveMeasure.Kind getMeasureKind() {
        return measureKind;
    }

    public void setMeasureKind(ObjectiveMeasure.Kind measureKind) {
        this.measureKind = measureKind;
    }

    public ObjectiveMeasure.Side getMeasureSide() {
        return measureSide;
    }

    public void setMeasureSide(ObjectiveMeasure.Side measureSide) {
        this.measureSide = measureSide;
    }

    public BigDecimal getMeasureLevel() {
        return measureLevel;
    }

    public void setMeasureLevel(BigDecimal measureLevel) {
        this.measureLevel = measureLevel;
    }

    public BigDecimal getMeasureTarget() {
        return measureTarget;
    }

    public void setMeasureTarget(BigDecimal measureTarget) {
        this.measureTarget = measureTarget;
    }

    public ObjectiveMeasure.SurveyItem getMeasureItem() {
        return measureItem;
    }

    public void setMeasureItem(ObjectiveMeasure.SurveyItem measureItem) {
        this.measureItem = measureItem;
    }

    public String getMeasureWave() {
        return measureWave;
    }

    public void setMeasureWave(String measureWave) {
        this.measureWave = measureWave;
    }
}
