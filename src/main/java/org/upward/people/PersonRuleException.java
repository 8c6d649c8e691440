package org.upward.people;

import java.util.List;
import org.upward.shared.FieldProblem;

/** A person breaks a directory rule (unknown manager, a manager cycle, leave before hire): 422 naming the fields. */
public class PersonRuleException extends RuntimeException {

    private final transient List<FieldProblem> problems;

    PersonRuleException(List<FieldProblem> problems) {
        super(problems.stream()
                .map(p -> p.field() + ": " + p.message())
                .reduce((a, b) -> a + "; " + b)
                .orElse(""));
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
