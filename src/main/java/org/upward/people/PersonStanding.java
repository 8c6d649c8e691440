package org.upward.people;

import java.time.LocalDate;

/**
 * Where a person stands in the organisation, for rules about who may join what: their level, department, when
 * they joined and left (null when not on record) and their manager's email (null for none).
 */
public record PersonStanding(
        PersonRef person, int jobLevel, LocalDate hireDate, LocalDate leaveDate, String managerEmail) {}
