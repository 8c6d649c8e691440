package org.upward.people.internal;

import java.time.LocalDate;

/** A person as the API and pages show it: the people.csv columns in camelCase, plus the version to send back. */
record PersonView(
        String email,
        String name,
        String department,
        String jobTitle,
        int jobLevel,
        String managerEmail,
        LocalDate hireDate,
        LocalDate leaveDate,
        Generation generation,
        long version) {

    static PersonView of(Person person) {
        Person manager = person.getManager();
        return new PersonView(
                person.getEmail(),
                person.getName(),
                person.getDepartment(),
                person.getJobTitle(),
                person.getJobLevel(),
                manager == null ? null : manager.getEmail(),
                person.getHireDate(),
                person.getLeaveDate(),
                person.getGeneration(),
                person.getVersion());
    }
}
