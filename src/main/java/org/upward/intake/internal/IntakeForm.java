package org.upward.intake.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.upward.enrollment.Side;
import org.upward.intake.EligibilityRule;
import org.upward.intake.IntakeQuestion;
import org.upward.intake.IntakeSettings;
import org.upward.intake.QuestionKind;

/** The admin's intake page: dates, one block per side (open, places, rules) and up to five questions. */
class IntakeForm {

    static final int QUESTION_ROWS = 5;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate opensOn;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate closesOn;

    private boolean managerApproval;
    private IntakeSideForm mentor = new IntakeSideForm();
    private IntakeSideForm mentee = new IntakeSideForm();
    private List<IntakeQuestionForm> questions = new ArrayList<>();

    static IntakeForm of(IntakeSettings s) {
        IntakeForm form = new IntakeForm();
        form.opensOn = s.opensOn();
        form.closesOn = s.closesOn();
        form.managerApproval = s.managerApproval();
        form.mentor = IntakeSideForm.of(s, Side.MENTOR);
        form.mentee = IntakeSideForm.of(s, Side.MENTEE);
        s.questions().forEach(q -> form.questions.add(IntakeQuestionForm.of(q)));
        return form.padded();
    }

    IntakeForm padded() {
        while (questions.size() < QUESTION_ROWS) {
            questions.add(new IntakeQuestionForm());
        }
        return this;
    }

    IntakeSettings settings() {
        List<Side> sides = new ArrayList<>();
        Map<Side, EligibilityRule> rules = new EnumMap<>(Side.class);
        Map<Side, Integer> places = new EnumMap<>(Side.class);
        for (Side side : Side.values()) {
            IntakeSideForm block = side == Side.MENTOR ? mentor : mentee;
            if (block.isOpen()) {
                sides.add(side);
                rules.put(side, block.rule());
                if (block.getPlaces() != null) {
                    places.put(side, block.getPlaces());
                }
            }
        }
        List<IntakeQuestion> asked = questions.stream()
                .filter(q -> q.getText() != null && !q.getText().isBlank())
                .map(IntakeQuestionForm::question)
                .toList();
        return new IntakeSettings(opensOn, closesOn, sides, asked, rules, places, managerApproval);
    }

    static List<String> list(String commaSeparated) {
        if (commaSeparated == null || commaSeparated.isBlank()) {
            return List.of();
        }
        return Arrays.stream(commaSeparated.split(","))
                .map(String::strip)
                .filter(v -> !v.isEmpty())
                .toList();
    }

    static QuestionKind[] kinds() {
        return QuestionKind.values();
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public void setOpensOn(LocalDate opensOn) {
        this.opensOn = opensOn;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public void setClosesOn(LocalDate closesOn) {
        this.closesOn = closesOn;
    }

    public boolean isManagerApproval() {
        return managerApproval;
    }

    public void setManagerApproval(boolean managerApproval) {
        this.managerApproval = managerApproval;
    }

    public IntakeSideForm getMentor() {
        return mentor;
    }

    public void setMentor(IntakeSideForm mentor) {
        this.mentor = mentor;
    }

    public IntakeSideForm getMentee() {
        return mentee;
    }

    public void setMentee(IntakeSideForm mentee) {
        this.mentee = mentee;
    }

    public List<IntakeQuestionForm> getQuestions() {
        return questions;
    }

    public void setQuestions(List<IntakeQuestionForm> questions) {
        this.questions = questions;
    }
}
