package org.upward.people.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A person's directory fields at one moment, to say which of them a save changed. The leave date is left out: a
 * departure or a return is recorded on its own.
 */
record PersonFields(
        String email,
        String name,
        String department,
        String jobTitle,
        int jobLevel,
        Long managerId,
        LocalDate hireDate,
        Generation generation,
        String employeeNumber,
        String externalId) {

    static PersonFields of(Person person) {
        return new PersonFields(
                person.getEmail(),
                person.getName(),
                person.getDepartment(),
                person.getJobTitle(),
                person.getJobLevel(),
                person.getManager() == null ? null : person.getManager().getId(),
                person.getHireDate(),
                person.getGeneration(),
                person.getEmployeeNumber(),
                person.getExternalId());
    }

    /** The fields that differ in {@code after}, in words, in the people page's order. */
    List<String> changedIn(PersonFields after) {
        List<String> changed = new ArrayList<>();
        addIf(changed, "email", email, after.email);
        addIf(changed, "name", name, after.name);
        addIf(changed, "department", department, after.department);
        addIf(changed, "job title", jobTitle, after.jobTitle);
        addIf(changed, "job level", jobLevel, after.jobLevel);
        addIf(changed, "manager", managerId, after.managerId);
        addIf(changed, "hire date", hireDate, after.hireDate);
        addIf(changed, "generation", generation, after.generation);
        addIf(changed, "employee number", employeeNumber, after.employeeNumber);
        addIf(changed, "external id", externalId, after.externalId);
        return changed;
    }

    private static void addIf(List<String> changed, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(field);
        }
    }
}
