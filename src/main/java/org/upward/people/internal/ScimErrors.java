package org.upward.people.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.unboundid.scim2.common.exceptions.ScimException;
import com.unboundid.scim2.common.messages.ErrorResponse;
import com.unboundid.scim2.common.utils.JsonUtils;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** SCIM's answers: {@code application/scim+json} written by the SDK, and its error format for every failure. */
@RestControllerAdvice(assignableTypes = {ScimUserApiController.class, ScimDiscoveryApiController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class ScimErrors {

    static final MediaType SCIM_JSON = MediaType.parseMediaType("application/scim+json");

    static ResponseEntity<String> json(HttpStatusCode status, Object body) {
        return ResponseEntity.status(status).contentType(SCIM_JSON).body(write(body));
    }

    static String write(Object body) {
        try {
            return JsonUtils.getObjectWriter().writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A SCIM resource could not be written", e);
        }
    }

    @ExceptionHandler(ScimException.class)
    ResponseEntity<String> scim(ScimException e) {
        ErrorResponse error = e.getScimError();
        return json(HttpStatus.valueOf(error.getStatus()), error);
    }

    /** Two requests creating or renaming to the same userName at once: the unique index decides. */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<String> conflict(DataIntegrityViolationException e) {
        return error(HttpStatus.CONFLICT, "uniqueness", "Another request took this userName first");
    }

    /** Two requests changing the same User at once: the identity provider retries. */
    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<String> concurrent(OptimisticLockingFailureException e) {
        return error(HttpStatus.CONFLICT, null, "The User was changed by another request at the same time; retry");
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
    ResponseEntity<String> badParameter(Exception e) {
        return error(HttpStatus.BAD_REQUEST, "invalidValue", "A query parameter is not valid");
    }

    private static ResponseEntity<String> error(HttpStatus status, String scimType, String detail) {
        ErrorResponse error = new ErrorResponse(status.value());
        error.setScimType(scimType);
        error.setDetail(detail);
        return json(status, error);
    }
}
