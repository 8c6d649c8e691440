package org.upward.web.internal;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.upward.shared.CleanText;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

/**
 * JSON bodies are read strictly, so nothing is stored other than what was sent: a whole-number field refuses
 * {@code 1.5} (instead of storing 1), and text refuses a lone surrogate such as {@code "\ud800"} (which the
 * database would store as {@code ?}). The API answers both with a field error ({@link JsonFieldProblems}).
 */
@Configuration(proxyBeanMethods = false)
class StrictJson {

    @Bean
    JsonMapperBuilderCustomizer strictNumbersAndText() {
        return builder -> builder.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .addModule(new SimpleModule("strict-text").addDeserializer(String.class, new WholeText()));
    }

    /** Whether {@code text} has a surrogate that is not half of a pair: not a character at all. */
    static boolean hasLoneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return true;
                }
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Strings as usual, refusing one with a lone surrogate and cleaned of control characters ({@link CleanText}),
     * so "must not be blank" sees the text as it will be stored. The one deserializer of strings: Jackson keeps
     * only one per type.
     */
    static final class WholeText extends StringDeserializer {

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            String text = super.deserialize(p, ctxt);
            if (text != null && hasLoneSurrogate(text)) {
                throw InvalidFormatException.from(p, "Text with a lone surrogate", text, String.class);
            }
            return CleanText.strip(text);
        }
    }
}
