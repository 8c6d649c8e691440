package org.upward.sessions;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.Optional;
import org.upward.shared.FieldProblem;
import org.upward.shared.UiText;

/**
 * How long a session, a lunch &amp; learn or a planned meeting lasts: {@value #MIN} to {@value #MAX} minutes (8
 * hours). The one place of the rule, its bounds and its message: forms and requests carry {@link Allowed} (so a
 * page and the API's 422 name the field), and the services check it again with {@link #problem} for callers that
 * skip bean validation (the demo data).
 */
public final class SessionDuration {

    public static final int MIN = 5;
    public static final int MAX = 480;

    /** The field every form, request and problem names. */
    public static final String FIELD_NAME = "durationMinutes";

    private SessionDuration() {}

    /** Whether {@code minutes} is given and within the bounds. */
    public static boolean allows(Integer minutes) {
        return minutes != null && minutes >= MIN && minutes <= MAX;
    }

    /** The rule in the request's language, naming its bounds. */
    public static String rule() {
        return UiText.of("sessions.error.duration", MIN, MAX);
    }

    /** The problem with {@code minutes}, naming the field, when it breaks the rule. */
    public static Optional<FieldProblem> problem(Integer minutes) {
        return allows(minutes) ? Optional.empty() : Optional.of(new FieldProblem(FIELD_NAME, rule()));
    }

    /** Bean validation of a duration field by this rule (absent counts as broken). */
    @Documented
    @Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE})
    @Retention(RUNTIME)
    @Constraint(validatedBy = Check.class)
    public @interface Allowed {

        /** Replaced by {@link #rule()}, which names the bounds. */
        String message() default "{sessions.error.duration}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** Checks {@link Allowed} fields and words the violation as {@link #rule()}. */
    public static final class Check implements ConstraintValidator<Allowed, Integer> {

        @Override
        public boolean isValid(Integer minutes, ConstraintValidatorContext context) {
            if (allows(minutes)) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(literal(rule())).addConstraintViolation();
            return false;
        }

        /** The text as a message template that interpolates to itself. */
        private static String literal(String text) {
            return text.replace("\\", "\\\\")
                    .replace("{", "\\{")
                    .replace("}", "\\}")
                    .replace("$", "\\$");
        }
    }
}
