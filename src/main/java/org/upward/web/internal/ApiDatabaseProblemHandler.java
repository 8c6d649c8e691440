package org.upward.web.internal;

import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.upward.shared.DatabaseOutage;
import org.upward.shared.UiText;

/**
 * The API's answers to what the database refused or could not do: a race for a unique row or a stale version
 * (409), text it cannot store (400), the database out of reach (503), and anything else unexpected (500). After
 * {@link ApiExceptionHandler}, which answers the request's and the rules' problems.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class ApiDatabaseProblemHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiDatabaseProblemHandler.class);

    /** Two writes raced for the same unique row (e.g. both partners' first feedback at once): retrying works. */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail clash(DataIntegrityViolationException ex) {
        if (isCharacterRefused(ex)) {
            // text PostgreSQL cannot store (e.g. a NUL that slipped past CleanText): bad input, not a conflict
            return Problems.of(
                    HttpStatus.BAD_REQUEST,
                    UiText.of("web.error.invalidRequest"),
                    UiText.of("web.error.theTextHasACharacterThatCannotBeStored"));
        }
        log.info(
                "Write refused by a database constraint: {}",
                ex.getMostSpecificCause().getMessage());
        return Problems.of(
                HttpStatus.CONFLICT,
                UiText.of("web.error.conflict"),
                UiText.of("web.error.thisClashesWithDataSavedAt"));
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    ProblemDetail staleVersion(ObjectOptimisticLockingFailureException ex) {
        return Problems.of(
                HttpStatus.CONFLICT,
                UiText.of("web.error.changedBySomeoneElse"),
                UiText.of("web.error.thisWasChangedBySomeoneElse"));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception ex) {
        if (DatabaseOutage.isCause(ex)) {
            log.warn("API call answered 503: the database is out of reach ({})", ex.getMessage());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, DatabaseOutage.RETRY_AFTER)
                    .body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, DatabaseOutage.title(), DatabaseOutage.detail()));
        }
        log.error("Unexpected error in API call", ex);
        return ResponseEntity.internalServerError()
                .body(Problems.of(
                        HttpStatus.INTERNAL_SERVER_ERROR,
                        UiText.of("web.error.internalError"),
                        UiText.of("web.error.somethingWentWrongOnOurSide")));
    }

    /** PostgreSQL's "invalid byte sequence" (22021) and "untranslatable character" (22P05). */
    private static boolean isCharacterRefused(Throwable failure) {
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof SQLException sql
                    && ("22021".equals(sql.getSQLState()) || "22P05".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }
}
