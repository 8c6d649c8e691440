package org.upward.program;

import java.util.List;
import org.upward.shared.FieldProblem;
import org.upward.shared.UiText;

/** A program request with invalid fields: 422 in the API, field errors on the page. */
public class InvalidProgramException extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidProgramException(List<FieldProblem> problems) {
        super(UiText.of("program.error.invalidFieldsListed", problems));
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
