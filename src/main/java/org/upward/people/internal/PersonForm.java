package org.upward.people.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The create/edit person form; {@code version} is the hidden field that catches stale edits. */
record PersonForm(
        @NotBlank
                @Size(max = EmailAddress.MAX_LENGTH)
                @Pattern(regexp = EmailAddress.PATTERN, message = "{people.error.mustBeAValidEmailAddress}")
                String email,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 120) String department,
        @Size(max = 200) String jobTitle,
        @NotNull @Min(1) @Max(10) Integer jobLevel,
        @Size(max = EmailAddress.MAX_LENGTH)
                @Pattern(regexp = "^$|" + EmailAddress.PATTERN, message = "{people.error.mustBeAValidEmailAddress}")
                String managerEmail,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate hireDate,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate leaveDate,
        Generation generation,
        Long version) {

    static PersonForm empty() {
        return new PersonForm(null, null, null, null, null, null, null, null, null, null);
    }

    static PersonForm of(PersonView person) {
        return new PersonForm(
                person.email(),
                person.name(),
                person.department(),
                person.jobTitle(),
                person.jobLevel(),
                person.managerEmail(),
                person.hireDate(),
                person.leaveDate(),
                person.generation(),
                person.version());
    }

    PersonDetails toDetails() {
        return new PersonDetails(
                email, name, department, jobTitle, jobLevel, managerEmail, hireDate, leaveDate, generation, version);
    }
}
