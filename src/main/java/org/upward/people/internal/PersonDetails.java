package org.upward.people.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.upward.people.People;

/**
 * A person as the API and the forms send it: the people.csv columns in camelCase. {@code version} is
 * ignored on create and required on an update, where a stale one is refused.
 */
record PersonDetails(
        @NotBlank
                @Size(max = EmailAddress.MAX_LENGTH)
                @Pattern(regexp = EmailAddress.PATTERN, message = "{people.error.mustBeAValidEmailAddress}")
                String email,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 120) String department,
        @Size(max = 200) String jobTitle,
        @NotNull @Min(1) @Max(10) Integer jobLevel,
        @Size(max = EmailAddress.MAX_LENGTH)
                @Pattern(regexp = EmailAddress.PATTERN, message = "{people.error.mustBeAValidEmailAddress}")
                String managerEmail,
        LocalDate hireDate,
        LocalDate leaveDate,
        Generation generation,
        Long version) {

    /** Trimmed, emails lower-cased, blank optional text as null. */
    PersonDetails normalized() {
        return new PersonDetails(
                People.normalizeEmail(email),
                name.trim(),
                department.trim(),
                blankToNull(jobTitle),
                jobLevel,
                People.normalizeEmail(blankToNull(managerEmail)),
                hireDate,
                leaveDate,
                generation,
                version);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
