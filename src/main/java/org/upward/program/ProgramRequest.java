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
 * when changing a program and ignored when creating one.
 */
public record ProgramRequest(
        @NotBlank(message = "Give the program a name.")
                @Size(max = 200, message = "Keep the name under 200 characters.")
                String name,
        @Size(max = 4000, message = "Keep the description under 4000 characters.") String description,
        @NotNull(message = "Enter the start date.") LocalDate startDate,
        @NotNull(message = "Enter the end date.") LocalDate endDate,
        @Size(max = 2000, message = "Keep the success criteria under 2000 characters.") String successCriteria,
        String sponsorEmail,
        @Min(value = 1, message = "Check in at least every 12 weeks and at most every week (1–12).")
                @Max(value = 12, message = "Check in at least every 12 weeks and at most every week (1–12).")
                Integer checkInCadenceWeeks,
        @DecimalMin(value = "0", message = "The cost cannot be negative.")
                @Digits(integer = 10, fraction = 2, message = "Enter the cost with at most 2 decimals.")
                BigDecimal cost,
        @Size(max = 20, message = "A program can have at most 20 objectives.") List<@Valid ObjectiveRequest> objectives,
        MatchingRequest matching,
        AssessmentSettingsRequest assessment,
        Long version) {

    public static final int DEFAULT_CADENCE_WEEKS = 3;

    public List<ObjectiveRequest> objectivesOrNone() {
        return objectives == null ? List.of() : objectives;
    }
}
