package org.upward.people;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.upward.shared.UiText;

/** The people API's own problems; everything else falls through to the shared API handler. */
@RestControllerAdvice(assignableTypes = PeopleApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PeopleApiExceptionHandler {

    @ExceptionHandler(PersonRuleException.class)
    ProblemDetail ruleBroken(PersonRuleException ex) {
        ProblemDetail problem =
                problem(HttpStatus.UNPROCESSABLE_CONTENT, UiText.of("people.error.invalidRequest"), ex.getMessage());
        problem.setProperty("errors", ex.problems());
        return problem;
    }

    @ExceptionHandler(PeopleCsvException.class)
    ProblemDetail badCsv(PeopleCsvException ex) {
        ProblemDetail problem =
                problem(HttpStatus.UNPROCESSABLE_CONTENT, UiText.of("people.error.invalidCsv"), ex.getMessage());
        problem.setProperty("errors", ex.problems());
        return problem;
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
