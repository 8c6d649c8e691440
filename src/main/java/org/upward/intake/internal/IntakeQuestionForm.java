package org.upward.intake.internal;

import org.upward.intake.IntakeQuestion;
import org.upward.intake.QuestionKind;

/** One question row of the intake page; options are written comma-separated. */
class IntakeQuestionForm {

    private String text;
    private QuestionKind kind = QuestionKind.SHORT_TEXT;
    private String options;
    private boolean required;

    static IntakeQuestionForm of(IntakeQuestion q) {
        IntakeQuestionForm form = new IntakeQuestionForm();
        form.text = q.text();
        form.kind = q.kind();
        form.options = String.join(", ", q.options());
        form.required = q.required();
        return form;
    }

    IntakeQuestion question() {
        return new IntakeQuestion(text.strip(), kind, IntakeForm.list(options), required);
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public QuestionKind getKind() {
        return kind;
    }

    public void setKind(QuestionKind kind) {
        this.kind = kind;
    }

    public String getOptions() {
        return options;
    }

    public void setOptions(String options) {
        this.options = options;
    }

    public boolean isRequired() {
        return required;
    }

    public void setRequired(boolean required) {
        this.required = required;
    }
}
