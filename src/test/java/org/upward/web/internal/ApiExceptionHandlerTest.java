package org.upward.web.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.mock.http.MockHttpInputMessage;
import org.springframework.transaction.CannotCreateTransactionException;
import org.upward.shared.DatabaseOutage;
import org.upward.shared.FieldProblem;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

class ApiExceptionHandlerTest {

    private final ApiExceptionHandler handler = new ApiExceptionHandler();
    private final ApiDatabaseProblemHandler database = new ApiDatabaseProblemHandler();

    @Test
    void aRaceOnAUniqueRowIsAConflictToRetryNotAServerError() {
        ProblemDetail problem = database.clash(new DataIntegrityViolationException(
                "duplicate key value violates unique constraint \"session_feedback_once\""));
        assertThat(problem.getStatus()).isEqualTo(409);
        assertThat(problem.getDetail()).contains("try again").doesNotContain("duplicate key");
    }

    record Minutes(int durationMinutes, List<Item> items) {}

    record Item(long count) {}

    @Test
    void aFractionForAWholeNumberNamesTheFieldWhenJacksonRefusesIt() {
        JsonMapper strict = JsonMapper.builder()
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .build();
        assertThat(fieldProblem(strict, "{\"durationMinutes\": 1.5}"))
                .isEqualTo(new FieldProblem("durationMinutes", "must be a whole number"));
        assertThat(fieldProblem(strict, "{\"items\": [{\"count\": 2}, {\"count\": 2.5}]}"))
                .isEqualTo(new FieldProblem("items[1].count", "must be a whole number"));
    }

    @SuppressWarnings("unchecked")
    private FieldProblem fieldProblem(JsonMapper mapper, String json) {
        JacksonException failure =
                catchThrowableOfType(JacksonException.class, () -> mapper.readValue(json, Minutes.class));
        ResponseEntity<Object> answer = handler.handleHttpMessageNotReadable(
                new HttpMessageNotReadableException("unreadable", failure, new MockHttpInputMessage(new byte[0])),
                new HttpHeaders(),
                HttpStatus.BAD_REQUEST,
                null);
        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        ProblemDetail problem = (ProblemDetail) answer.getBody();
        assertThat(problem.getDetail()).doesNotContain("1.5").doesNotContain("2.5");
        return ((List<FieldProblem>) problem.getProperties().get("errors")).get(0);
    }

    @Test
    void anUnexpectedErrorSaysNothingAboutItsCause() {
        ProblemDetail problem = database.unexpected(new IllegalStateException("secret internals"))
                .getBody();
        assertThat(problem.getStatus()).isEqualTo(500);
        assertThat(problem.getDetail()).doesNotContain("secret internals");
    }

    @Test
    void anUnreachableDatabaseIsUnavailableToRetryNotAServerError() {
        ResponseEntity<ProblemDetail> answer = database.unexpected(new CannotCreateTransactionException(
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
