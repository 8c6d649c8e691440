package org.upward.people.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.unboundid.scim2.common.exceptions.ScimException;
import com.unboundid.scim2.common.messages.ErrorResponse;
import com.unboundid.scim2.common.utils.JsonUtils;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
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

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
    ResponseEntity<String> badParameter(Exception e) {
        ErrorResponse error = new ErrorResponse(400);
        error.setScimType("invalidValue");
        error.setDetail("A query parameter is not valid");
        return json(HttpStatus.BAD_REQUEST, error);
    }
}
