package org.upward.intake;

import java.util.List;

/** One custom question of a program's application form; {@code options} only for the choice kinds; optional unless {@code required}. */
public record IntakeQuestion(String text, QuestionKind kind, List<String> options, Boolean required) {

    public IntakeQuestion {
        options = options == null ? List.of() : List.copyOf(options);
        required = Boolean.TRUE.equals(required);
    }
}
