package org.upward.web.internal;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.upward.shared.FieldProblem;
import org.upward.shared.UiText;

/** Problem details as the API answers them: a title and a detail in words, and field errors where there are some. */
final class Problems {

    private Problems() {}

    static ProblemDetail of(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }

    static ResponseEntity<Object> invalid(HttpStatus status, String detail, List<FieldProblem> errors) {
        ProblemDetail problem = of(status, UiText.of("web.error.invalidRequest"), detail);
        problem.setProperty("errors", errors);
        return ResponseEntity.status(status).body(problem);
    }
}
