package org.upward.web.internal;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.upward.shared.MalformedRequestException;
import org.upward.shared.NotFoundException;

/**
 * A page that names something missing shows the friendly 404 page; an edit that lost a race with
 * someone else's (optimistic locking) shows the 409 "changed by someone else" page, unless the
 * controller answered it itself. API controllers are answered first by {@link ApiExceptionHandler}.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound() {
        return ErrorPages.page(HttpStatus.NOT_FOUND);
    }

    /** A forged or truncated form (e.g. without its hidden version): the friendly 400 page. */
    @ExceptionHandler(MalformedRequestException.class)
    ModelAndView malformed() {
        return ErrorPages.page(HttpStatus.BAD_REQUEST);
    }

    /** An upload over the limit (spring.servlet.multipart.*): the friendly 413 page. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView uploadTooLarge() {
        return ErrorPages.page(HttpStatus.CONTENT_TOO_LARGE);
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    ModelAndView changedMeanwhile() {
        return ErrorPages.page(HttpStatus.CONFLICT);
    }
}
