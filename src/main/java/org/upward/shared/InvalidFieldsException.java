package org.upward.shared;

import java.util.List;

/** Business rules refused several fields at once: 422 listing each, like validation errors. */
public class InvalidFieldsException extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidFieldsException(List<FieldProblem> problems) {
        super(UiText.of("web.error.theRequestHasInvalidFields"));
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
