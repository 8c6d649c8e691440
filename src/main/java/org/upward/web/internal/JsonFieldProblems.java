package org.upward.web.internal;

import java.math.BigInteger;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.upward.shared.FieldProblem;
import org.upward.shared.UiText;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;

/**
 * The field errors for JSON values {@link StrictJson} refuses: a number with a fraction where a whole number
 * goes, and text with a lone surrogate. The field is named as validation names it ({@code ratings[0].level}).
 */
final class JsonFieldProblems {

    private static final Set<Class<?>> WHOLE_NUMBERS = Set.of(
            Integer.class,
            int.class,
            Long.class,
            long.class,
            Short.class,
            short.class,
            Byte.class,
            byte.class,
            BigInteger.class);

    private JsonFieldProblems() {}

    /** The field error for an unreadable body, when it is one of those two; otherwise empty. */
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
        if (invalid.getValue() instanceof Number number && WHOLE_NUMBERS.contains(invalid.getTargetType())) {
            return Optional.of(new FieldProblem(field, UiText.of("web.error.wholeNumber", number)));
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
