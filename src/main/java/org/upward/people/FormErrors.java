package org.upward.people;

import org.springframework.validation.BindingResult;
import org.upward.shared.FieldProblem;

/** Puts a service's rule violations next to the form fields they concern. */
final class FormErrors {

    private FormErrors() {}

    static void reject(BindingResult errors, PersonRuleException e) {
        for (FieldProblem problem : e.problems()) {
            errors.rejectValue(problem.field(), "rule", problem.message());
        }
    }
}
