package org.upward.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ProblemDetail;

class ApiExceptionHandlerTest {

    private final ApiExceptionHandler handler = new ApiExceptionHandler();

    @Test
    void aRaceOnAUniqueRowIsAConflictToRetryNotAServerError() {
        ProblemDetail problem = handler.clash(new DataIntegrityViolationException(
                "duplicate key value violates unique constraint \"session_feedback_once\""));
        assertThat(problem.getStatus()).isEqualTo(409);
        assertThat(problem.getDetail()).contains("try again").doesNotContain("duplicate key");
    }

    @Test
    void anUnexpectedErrorSaysNothingAboutItsCause() {
        ProblemDetail problem = handler.unexpected(new IllegalStateException("secret internals"));
        assertThat(problem.getStatus()).isEqualTo(500);
        assertThat(problem.getDetail()).doesNotContain("secret internals");
    }
}
