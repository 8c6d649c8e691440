package org.upward.web.internal;

import java.beans.PropertyEditorSupport;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.upward.shared.CleanText;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Every text a request brings, in a JSON body, a form or a query parameter, is cleaned of control characters
 * ({@link CleanText}) before it is bound and validated: "must not be blank" then sees the text as stored, and a
 * NUL never reaches the database (where it would fail as a bogus conflict).
 */
@Configuration(proxyBeanMethods = false)
class CleanTextConfiguration {

    @Bean
    JacksonModule cleanTextModule() {
        return new SimpleModule("clean-text").addDeserializer(String.class, new CleanStrings());
    }

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

    static class CleanStrings extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            return CleanText.strip(super.deserialize(parser, context));
        }
    }
}
