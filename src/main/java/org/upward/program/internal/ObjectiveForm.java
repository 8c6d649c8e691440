package org.upward.program.internal;

import java.util.ArrayList;
import java.util.List;
import org.upward.program.ObjectiveRequest;
import org.upward.program.ObjectiveView;

/** One objective row of the program form; a row left entirely blank is ignored. */
class ObjectiveForm {

    private String statement;
    private List<String> focusSkills = new ArrayList<>();
    private String outcomeMeasure;

    static ObjectiveForm of(ObjectiveView view) {
        ObjectiveForm form = new ObjectiveForm();
        form.statement = view.statement();
        form.focusSkills = new ArrayList<>(view.focusSkills());
        form.outcomeMeasure = view.outcomeMeasure();
        return form;
    }

    boolean isBlank() {
        return isBlank(statement) && isBlank(outcomeMeasure) && (focusSkills == null || focusSkills.isEmpty());
    }

    ObjectiveRequest toRequest() {
        return new ObjectiveRequest(statement, focusSkills == null ? List.of() : focusSkills, outcomeMeasure);
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
}
