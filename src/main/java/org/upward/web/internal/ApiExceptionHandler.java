package org.upward.web.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
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
import org.upward.shared.FieldProblem;
import org.upward.shared.GoneException;
import org.upward.shared.InvalidFieldException;
import org.upward.shared.InvalidFieldsException;
import org.upward.shared.MalformedRequestException;
import org.upward.shared.NotFoundException;
import org.upward.shared.TooLargeException;
import org.upward.shared.UiText;

/**
 * Every API error as an RFC 9457 problem: the request's and the rules' here, the database's in {@link
 * ApiDatabaseProblemHandler}. Applies to {@code @RestController}s only: pages are {@code @Controller}s and get the
 * friendly error pages instead.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldProblem(error.getField(), error.getDefaultMessage()))
                .toList();
        return Problems.invalid(
                HttpStatus.UNPROCESSABLE_CONTENT, UiText.of("web.error.theRequestHasInvalidFields"), errors);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = ex.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new FieldProblem(
                                result.getMethodParameter().getParameterName(), error.getDefaultMessage())))
                .toList();
        return Problems.invalid(HttpStatus.BAD_REQUEST, UiText.of("web.error.theRequestHasInvalidParameters"), errors);
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
                .map(problem -> Problems.invalid(
                        HttpStatus.BAD_REQUEST, UiText.of("web.error.theRequestBodyCouldNotBeRead"), List.of(problem)))
                .orElseThrow();
    }

    /** A query or path parameter that is not of its type ({@code page=abc}): 400 naming it, without the value. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String name =
                ex instanceof MethodArgumentTypeMismatchException argument ? argument.getName() : ex.getPropertyName();
        return Problems.invalid(
                HttpStatus.BAD_REQUEST,
                UiText.of("web.error.theRequestHasInvalidParameters"),
                List.of(new FieldProblem(name, JsonInputProblems.expected(ex.getRequiredType()))));
    }

    /** A multipart upload over the limit (spring.servlet.multipart.*): 413 in words, like a CSV body over it. */
    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(
            MaxUploadSizeExceededException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                .body(Problems.of(
                        HttpStatus.CONTENT_TOO_LARGE,
                        UiText.of("web.error.tooLarge"),
                        UiText.of("web.error.uploadTooLarge")));
    }

    @ExceptionHandler(MalformedRequestException.class)
    ResponseEntity<Object> malformed(MalformedRequestException ex) {
        return Problems.invalid(
                HttpStatus.BAD_REQUEST,
                UiText.of("web.error.theRequestHasInvalidParameters"),
                List.of(new FieldProblem(ex.field(), ex.getMessage())));
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException ex) {
        return Problems.of(HttpStatus.NOT_FOUND, UiText.of("web.error.notFound"), ex.getMessage());
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException ex) {
        return Problems.of(HttpStatus.CONFLICT, ex.title(), ex.getMessage());
    }

    @ExceptionHandler(InvalidFieldsException.class)
    ResponseEntity<Object> invalidFields(InvalidFieldsException ex) {
        return Problems.invalid(HttpStatus.UNPROCESSABLE_CONTENT, ex.getMessage(), ex.problems());
    }

    @ExceptionHandler(CsvImportException.class)
    ProblemDetail csvRefused(CsvImportException ex) {
        ProblemDetail problem =
                Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, UiText.of("web.error.invalidCsvFile"), ex.getMessage());
        problem.setProperty("errors", ex.problems());
        return problem;
    }

    @ExceptionHandler(TooLargeException.class)
    ProblemDetail tooLarge(TooLargeException ex) {
        return Problems.of(HttpStatus.CONTENT_TOO_LARGE, UiText.of("web.error.tooLarge"), ex.getMessage());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException ex) {
        return Problems.of(HttpStatus.FORBIDDEN, UiText.of("web.error.forbidden"), ex.getMessage());
    }

    @ExceptionHandler(GoneException.class)
    ProblemDetail gone(GoneException ex) {
        return Problems.of(HttpStatus.GONE, UiText.of("web.error.noLongerValid"), ex.getMessage());
    }

    @ExceptionHandler(InvalidFieldException.class)
    ResponseEntity<Object> invalidField(InvalidFieldException ex) {
        return Problems.invalid(
                HttpStatus.UNPROCESSABLE_CONTENT,
                UiText.of("web.error.theRequestHasInvalidFields"),
                List.of(new FieldProblem(ex.field(), ex.getMessage())));
    }
}
