package org.upward.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;
import org.upward.shared.DatabaseOutage;

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
        ProblemDetail problem = handler.unexpected(new IllegalStateException("secret internals"))
                .getBody();
        assertThat(problem.getStatus()).isEqualTo(500);
        assertThat(problem.getDetail()).doesNotContain("secret internals");
    }

    @Test
    void anUnreachableDatabaseIsUnavailableToRetryNotAServerError() {
        ResponseEntity<ProblemDetail> answer = handler.unexpected(new CannotCreateTransactionException(
                "Could not open JPA EntityManager for transaction",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available")));
        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("30");
        assertThat(answer.getBody().getDetail()).contains("try again").doesNotContain("Hikari");
    }

    @Test
    void aConnectionDroppedByTheServerCountsAsAnOutageButABadQueryDoesNot() {
        assertThat(DatabaseOutage.isCause(new RuntimeException(new SQLException("terminating connection", "57P01"))))
                .isTrue();
        assertThat(DatabaseOutage.isCause(new RuntimeException(new SQLException("I/O error", "08006"))))
                .isTrue();
        assertThat(DatabaseOutage.isCause(new RuntimeException(new SQLException("syntax error", "42601"))))
                .isFalse();
        assertThat(DatabaseOutage.isCause(new DataIntegrityViolationException("duplicate key")))
                .isFalse();
    }
}
