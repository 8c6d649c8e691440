package org.upward.web.internal;

import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.upward.shared.FieldProblem;
import org.upward.shared.UiText;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns a JSON body Jackson could not read into the field it stopped at ({@code format},
 * {@code objectives[0].title}) and what that field takes ("must be one of …", "must be a date like …").
 * The rejected value is never repeated: it may be a password or a token.
 */
final class JsonInputProblems {

    private JsonInputProblems() {}

    /** The problem with a body that failed to read, from the first Jackson exception among its causes. */
    static FieldProblem of(Throwable failure) {
        JacksonException json = jacksonCause(failure);
        if (json == null) {
            return new FieldProblem("body", UiText.of("web.error.json.unreadable"));
        }
        String field = path(json);
        if (json instanceof UnrecognizedPropertyException) {
            return new FieldProblem(field, UiText.of("web.error.json.unknownField"));
        }
        if (json instanceof InvalidNullException || isMissing(json)) {
            return new FieldProblem(field, UiText.of("web.error.json.required"));
        }
        if (json instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return new FieldProblem(field.isEmpty() ? "body" : field, expected(mismatch.getTargetType()));
        }
        if (json instanceof StreamReadException || field.isEmpty()) {
            return new FieldProblem(field.isEmpty() ? "body" : field, UiText.of("web.error.json.unreadable"));
        }
        return new FieldProblem(field, UiText.of("web.error.json.invalidValue"));
    }

    /** A primitive field left out or sent as null: the reader stopped at the object's end or at a null. */
    private static boolean isMissing(JacksonException json) {
        return json instanceof MismatchedInputException mismatch
                && (mismatch.getCurrentToken() == JsonToken.VALUE_NULL
                        || mismatch.getCurrentToken() == JsonToken.END_OBJECT);
    }

    /** What a value of this type looks like, as a field message. */
    static String expected(Class<?> type) {
        if (type == null) {
            return UiText.of("web.error.json.invalidValue");
        }
        if (type.isEnum()) {
            String values = Arrays.stream(type.getEnumConstants())
                    .map(value -> ((Enum<?>) value).name())
                    .collect(Collectors.joining(", "));
            return UiText.of("web.error.json.oneOf", values);
        }
        if (type == LocalDate.class) {
            return UiText.of("web.error.json.date");
        }
        if (type == LocalTime.class) {
            return UiText.of("web.error.json.time");
        }
        if (type == Instant.class
                || type == OffsetDateTime.class
                || type == ZonedDateTime.class
                || type == LocalDateTime.class) {
            return UiText.of("web.error.json.instant");
        }
        if (ZoneId.class.isAssignableFrom(type)) {
            return UiText.of("web.error.json.timeZone");
        }
        if (isWhole(type)) {
            return UiText.of("web.error.json.wholeNumber");
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return UiText.of("web.error.json.number");
        }
        if (type == boolean.class || type == Boolean.class) {
            return UiText.of("web.error.json.trueOrFalse");
        }
        if (CharSequence.class.isAssignableFrom(type) || type == char.class || type == Character.class) {
            return UiText.of("web.error.json.text");
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return UiText.of("web.error.json.list");
        }
        if (Map.class.isAssignableFrom(type) || !type.isPrimitive()) {
            return UiText.of("web.error.json.object");
        }
        return UiText.of("web.error.json.invalidValue");
    }

    private static boolean isWhole(Class<?> type) {
        return List.of(int.class, long.class, short.class, byte.class).contains(type)
                || List.of(Integer.class, Long.class, Short.class, Byte.class, BigInteger.class)
                        .contains(type);
    }

    /** {@code objectives[0].measure.kind}: property names joined by dots, list positions in brackets. */
    static String path(JacksonException json) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference step : json.getPath()) {
            if (step.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(step.getPropertyName());
            } else if (step.getIndex() >= 0) {
                path.append('[').append(step.getIndex()).append(']');
            }
        }
        if (json instanceof InvalidNullException missing
                && missing.getPropertyName() != null
                && !path.toString().endsWith(missing.getPropertyName().getSimpleName())) {
            if (!path.isEmpty()) {
                path.append('.');
            }
            path.append(missing.getPropertyName().getSimpleName());
        }
        return path.toString();
    }

    private static JacksonException jacksonCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JacksonException json) {
                return json;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }
}
