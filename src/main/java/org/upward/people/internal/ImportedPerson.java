package org.upward.people.internal;

import java.time.LocalDate;

/** A valid row of people.csv, ready to write. */
record ImportedPerson(
        int line,
        String email,
        String name,
        String department,
        String jobTitle,
        int jobLevel,
        String managerEmail,
        LocalDate hireDate,
        LocalDate leaveDate,
        Generation generation,
        boolean existing) {}
