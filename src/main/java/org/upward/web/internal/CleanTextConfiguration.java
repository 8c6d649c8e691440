package org.upward.web.internal;

import java.beans.PropertyEditorSupport;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.upward.shared.CleanText;

/**
 * Every text a request brings, in a form or a query parameter, is cleaned of control characters ({@link
 * CleanText}) before it is bound and validated (JSON bodies: {@link StrictJson}): "must not be blank" then sees the text as stored, and a
 * NUL never reaches the database (where it would fail as a bogus conflict).
 */
@Configuration(proxyBeanMethods = false)
class CleanTextConfiguration {

    /** Forms, query and path parameters of pages and API alike. */
    @ControllerAdvice
    static class CleanParameters {

        @InitBinder
        void cleanText(WebDataBinder binder) {
            binder.registerCustomEditor(String.class, new PropertyEditorSupport() {
                @Override
                public void setAsText(String text) {
                    setValue(CleanText.strip(text));
                }
            });
        }
    }
}
