package org.upward.web.internal;

import java.util.Optional;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.upward.shared.FieldProblem;
import org.upward.shared.UiText;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;

/**
 * The field error for text with a lone surrogate, which {@link StrictJson} refuses; the field is named as
 * validation names it ({@code notes}, {@code ratings[0].comment}). Every other unreadable value (1.5 where a whole
 * number goes, a wrong type, an unknown enum) is named by {@code JsonInputProblems}.
 */
final class JsonFieldProblems {

    private JsonFieldProblems() {}

    /** The field error for an unreadable body, when it is a lone surrogate; otherwise empty. */
    static Optional<FieldProblem> of(HttpMessageNotReadableException unreadable) {
        if (!(unreadable.getCause() instanceof InvalidFormatException invalid)) {
            return Optional.empty();
        }
        String field = field(invalid);
        if (field.isEmpty()) {
            return Optional.empty();
        }
        if (invalid.getValue() instanceof String text && StrictJson.hasLoneSurrogate(text)) {
            return Optional.of(new FieldProblem(field, UiText.of("web.error.loneSurrogate")));
        }
        return Optional.empty();
    }

    private static String field(InvalidFormatException invalid) {
        StringBuilder field = new StringBuilder();
        for (JacksonException.Reference step : invalid.getPath()) {
            if (step.getPropertyName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(step.getPropertyName());
            } else if (step.getIndex() >= 0) {
                field.append('[').append(step.getIndex()).append(']');
            }
        }
        return field.toString();
    }
}
