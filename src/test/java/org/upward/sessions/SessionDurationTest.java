package org.upward.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.upward.shared.FieldProblem;

/** The one duration rule: its bounds, its one message, and the same answer from bean validation and the services. */
class SessionDurationTest {

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void validator() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    @ParameterizedTest
    @ValueSource(ints = {5, 45, 480})
    void fromFiveMinutesToEightHoursIsAllowed(int minutes) {
        assertThat(SessionDuration.allows(minutes)).isTrue();
        assertThat(SessionDuration.problem(minutes)).isEmpty();
        assertThat(violations(minutes)).isEmpty();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(ints = {-1, 0, 4, 481})
    void anythingElseIsRefusedWithTheOneMessageNamingTheBoundsAndTheField(Integer minutes) {
        String rule = "give the duration: 5 to 480 minutes";
        assertThat(SessionDuration.rule()).isEqualTo(rule);
        assertThat(SessionDuration.problem(minutes)).contains(new FieldProblem("durationMinutes", rule));
        assertThat(violations(minutes)).singleElement().satisfies(violation -> {
            assertThat(violation.getPropertyPath()).hasToString("durationMinutes");
            assertThat(violation.getMessage()).isEqualTo(rule);
        });
    }

    private static Set<ConstraintViolation<SessionRequest>> violations(Integer minutes) {
        return validator.validate(new SessionRequest(
                LocalDate.of(2027, 3, 1), minutes, SessionFormat.VIDEO, List.of(), null, null, null));
    }
}
