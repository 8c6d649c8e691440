package org.upward.program;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A whole program as a client sends it (API body and page form alike). {@code version} is required
 * when changing a program and ignored when creating one. {@code quietPeriodsBeforeClose} (3–12, default 4): how many
 * quiet cadence periods in a row bring the warning, after which a pair closes for inactivity unless someone acts.
 */
public record ProgramRequest(
        @NotBlank(message = "{program.error.giveTheProgramAName}")
                @Size(max = 200, message = "{program.error.keepTheNameUnder200Characters}")
                String name,
        @Size(max = 4000, message = "{program.error.keepTheDescriptionUnder4000Characters}") String description,
        @NotNull(message = "{program.error.enterTheStartDate}") LocalDate startDate,
        @NotNull(message = "{program.error.enterTheEndDate}") LocalDate endDate,
        @Size(max = 2000, message = "{program.error.keepTheSuccessCriteriaUnder2000}") String successCriteria,
        String sponsorEmail,
        @Min(value = 1, message = "{program.error.checkInAtLeastEvery12}")
                @Max(value = 12, message = "{program.error.checkInAtLeastEvery12}")
                Integer checkInCadenceWeeks,
        @DecimalMin(value = "0", message = "{program.error.theCostCannotBeNegative}")
                @Digits(integer = 10, fraction = 2, message = "{program.error.enterTheCostWithAtMost}")
                BigDecimal cost,
        @Size(max = 20, message = "{program.error.aProgramCanHaveAtMost}") List<@Valid ObjectiveRequest> objectives,
        MatchingRequest matching,
        AssessmentSettingsRequest assessment,
        Long version,
        @Min(value = 3, message = "{program.error.quietPeriodsBeforeClose}")
                @Max(value = 12, message = "{program.error.quietPeriodsBeforeClose}")
                Integer quietPeriodsBeforeClose) {

    public static final int DEFAULT_CADENCE_WEEKS = 3;

    /** How many quiet cadence periods bring the warning before an inactive pair closes, when not given. */
    public static final int DEFAULT_QUIET_PERIODS_BEFORE_CLOSE = 4;

    /** A request without the inactivity setting (the default applies): what clients sent before it existed. */
    public ProgramRequest(
            String name,
            String description,
            LocalDate startDate,
            LocalDate endDate,
            String successCriteria,
            String sponsorEmail,
            Integer checkInCadenceWeeks,
            BigDecimal cost,
            List<ObjectiveRequest> objectives,
            MatchingRequest matching,
            AssessmentSettingsRequest assessment,
            Long version) {
        this(
                name,
                description,
                startDate,
                endDate,
                successCriteria,
                sponsorEmail,
                checkInCadenceWeeks,
                cost,
                objectives,
                matching,
                assessment,
                version,
                null);
    }

    public List<ObjectiveRequest> objectivesOrNone() {
        return objectives == null ? List.of() : objectives;
    }
}
