package org.upward.web.internal;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.upward.shared.ConflictException;
import org.upward.shared.CsvImportException;
import org.upward.shared.DatabaseOutage;
import org.upward.shared.FieldProblem;
import org.upward.shared.GoneException;
import org.upward.shared.InvalidFieldException;
import org.upward.shared.InvalidFieldsException;
import org.upward.shared.MalformedRequestException;
import org.upward.shared.NotFoundException;
import org.upward.shared.TooLargeException;
import org.upward.shared.UiText;

/**
 * Every API error as an RFC 9457 problem. Applies to {@code @RestController}s only: pages are
 * {@code @Controller}s and get the friendly error pages instead.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldProblem(error.getField(), error.getDefaultMessage()))
                .toList();
        return invalid(HttpStatus.UNPROCESSABLE_CONTENT, UiText.of("web.error.theRequestHasInvalidFields"), errors);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = ex.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new FieldProblem(
                                result.getMethodParameter().getParameterName(), error.getDefaultMessage())))
                .toList();
        return invalid(HttpStatus.BAD_REQUEST, UiText.of("web.error.theRequestHasInvalidParameters"), errors);
    }

    /**
     * A body that is not JSON, or a field of the wrong type (1.5 where a whole number goes), missing, or with a lone
     * surrogate (see {@link StrictJson}): 400 naming the field (JSON path), never echoing the value.
     */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return JsonFieldProblems.of(ex)
                .or(() -> Optional.of(JsonInputProblems.of(ex)))
                .map(problem -> invalid(
                        HttpStatus.BAD_REQUEST, UiText.of("web.error.theRequestBodyCouldNotBeRead"), List.of(problem)))
                .orElseThrow();
    }

    /** A query or path parameter that is not of its type ({@code page=abc}): 400 naming it, without the value. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String name =
                ex instanceof MethodArgumentTypeMismatchException argument ? argument.getName() : ex.getPropertyName();
        return invalid(
                HttpStatus.BAD_REQUEST,
                UiText.of("web.error.theRequestHasInvalidParameters"),
                List.of(new FieldProblem(name, JsonInputProblems.expected(ex.getRequiredType()))));
    }

    /** A multipart upload over the limit (spring.servlet.multipart.*): 413 in words, like a CSV body over it. */
    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(
            MaxUploadSizeExceededException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                .body(problem(
                        HttpStatus.CONTENT_TOO_LARGE,
                        UiText.of("web.error.tooLarge"),
                        UiText.of("web.error.uploadTooLarge")));
    }

    @ExceptionHandler(MalformedRequestException.class)
    ResponseEntity<Object> malformed(MalformedRequestException ex) {
        return invalid(
                HttpStatus.BAD_REQUEST,
                UiText.of("web.error.theRequestHasInvalidParameters"),
                List.of(new FieldProblem(ex.field(), ex.getMessage())));
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException ex) {
        return problem(HttpStatus.NOT_FOUND, UiText.of("web.error.notFound"), ex.getMessage());
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException ex) {
        return problem(HttpStatus.CONFLICT, ex.title(), ex.getMessage());
    }

    @ExceptionHandler(InvalidFieldsException.class)
    ResponseEntity<Object> invalidFields(InvalidFieldsException ex) {
        return invalid(HttpStatus.UNPROCESSABLE_CONTENT, ex.getMessage(), ex.problems());
    }

    @ExceptionHandler(CsvImportException.class)
    ProblemDetail csvRefused(CsvImportException ex) {
        ProblemDetail problem =
                problem(HttpStatus.UNPROCESSABLE_CONTENT, UiText.of("web.error.invalidCsvFile"), ex.getMessage());
        problem.setProperty("errors", ex.problems());
        return problem;
    }

    @ExceptionHandler(TooLargeException.class)
    ProblemDetail tooLarge(TooLargeException ex) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, UiText.of("web.error.tooLarge"), ex.getMessage());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException ex) {
        return problem(HttpStatus.FORBIDDEN, UiText.of("web.error.forbidden"), ex.getMessage());
    }

    @ExceptionHandler(GoneException.class)
    ProblemDetail gone(GoneException ex) {
        return problem(HttpStatus.GONE, UiText.of("web.error.noLongerValid"), ex.getMessage());
    }

    @ExceptionHandler(InvalidFieldException.class)
    ResponseEntity<Object> invalidField(InvalidFieldException ex) {
        return invalid(
                HttpStatus.UNPROCESSABLE_CONTENT,
                UiText.of("web.error.theRequestHasInvalidFields"),
                List.of(new FieldProblem(ex.field(), ex.getMessage())));
    }

    /** Two writes raced for the same unique row (e.g. both partners' first feedback at once): retrying works. */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail clash(DataIntegrityViolationException ex) {
        if (isCharacterRefused(ex)) {
            // text PostgreSQL cannot store (e.g. a NUL that slipped past CleanText): bad input, not a conflict
            return problem(
                    HttpStatus.BAD_REQUEST,
                    UiText.of("web.error.invalidRequest"),
                    UiText.of("web.error.theTextHasACharacterThatCannotBeStored"));
        }
        log.info(
                "Write refused by a database constraint: {}",
                ex.getMostSpecificCause().getMessage());
        return problem(
                HttpStatus.CONFLICT,
                UiText.of("web.error.conflict"),
                UiText.of("web.error.thisClashesWithDataSavedAt"));
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    ProblemDetail staleVersion(ObjectOptimisticLockingFailureException ex) {
        return problem(
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
                    .body(problem(HttpStatus.SERVICE_UNAVAILABLE, DatabaseOutage.title(), DatabaseOutage.detail()));
        }
        log.error("Unexpected error in API call", ex);
        return ResponseEntity.internalServerError()
                .body(problem(
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

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }

    private static ResponseEntity<Object> invalid(HttpStatus status, String detail, List<FieldProblem> errors) {
        ProblemDetail problem = problem(status, UiText.of("web.error.invalidRequest"), detail);
        problem.setProperty("errors", errors);
        return ResponseEntity.status(status).body(problem);
    }
}
