package org.upward.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** A page that names something missing shows the friendly 404 page. API controllers are answered first by {@link ApiExceptionHandler}. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound() {
        ModelAndView page = new ModelAndView(ErrorPages.templateFor(HttpStatus.NOT_FOUND));
        page.setStatus(HttpStatus.NOT_FOUND);
        page.addObject("status", HttpStatus.NOT_FOUND.value());
        return page;
    }
}
