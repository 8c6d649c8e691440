package org.upward.people.internal;

import static org.upward.people.internal.PeopleCsvColumn.DEPARTMENT;
import static org.upward.people.internal.PeopleCsvColumn.EMAIL;
import static org.upward.people.internal.PeopleCsvColumn.GENERATION;
import static org.upward.people.internal.PeopleCsvColumn.HIRE_DATE;
import static org.upward.people.internal.PeopleCsvColumn.JOB_LEVEL;
import static org.upward.people.internal.PeopleCsvColumn.JOB_TITLE;
import static org.upward.people.internal.PeopleCsvColumn.LEAVE_DATE;
import static org.upward.people.internal.PeopleCsvColumn.MANAGER_EMAIL;
import static org.upward.people.internal.PeopleCsvColumn.NAME;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.upward.people.People;
import org.upward.shared.CsvProblem;
import org.upward.shared.UiText;

/** Turns one row's cells into typed values, noting a problem for each cell that breaks a rule. */
final class CsvCells {

    private final PersonCsvRow row;
    private final List<CsvProblem> problems;

    CsvCells(PersonCsvRow row, List<CsvProblem> problems) {
        this.row = row;
        this.problems = problems;
    }

    /**
     * The row as a person, or null without a usable email. A row with other bad cells is still returned
     * (so duplicates and managers can be checked against it); its problems are noted.
     */
    ImportedPerson toPerson(DirectorySnapshot directory) {
        String email = email(EMAIL, true);
        String name = text(NAME, true, 200);
        String department = text(DEPARTMENT, true, 120);
        String jobTitle = text(JOB_TITLE, false, 200);
        Integer jobLevel = jobLevel();
        String manager = email(MANAGER_EMAIL, false);
        if (manager != null && manager.equals(email)) {
            problem(MANAGER_EMAIL, UiText.of("people.error.aPersonCanTBeTheir"));
        }
        LocalDate hired = date(HIRE_DATE);
        LocalDate left = date(LEAVE_DATE);
        if (hired != null && left != null && left.isBefore(hired)) {
            problem(LEAVE_DATE, UiText.of("people.error.leaveDateIsBeforeTheHire", left, hired));
        }
        Generation generation = generation();
        if (email == null) {
            return null;
        }
        return new ImportedPerson(
                row.line(),
                email,
                name,
                department,
                jobTitle,
                jobLevel == null ? 0 : jobLevel,
                manager,
                hired,
                left,
                generation,
                directory.contains(email));
    }

    private String email(PeopleCsvColumn column, boolean required) {
        String value = text(column, required, EmailAddress.MAX_LENGTH);
        if (value == null) {
            return null;
        }
        if (!EmailAddress.isValid(value)) {
            problem(column, UiText.of("people.error.isNotAValidEmailAddress", value));
            return null;
        }
        return People.normalizeEmail(value);
    }

    private String text(PeopleCsvColumn column, boolean required, int maxLength) {
        String value = row.get(column);
        if (value == null) {
            if (required) {
                problem(column, UiText.of("people.error.isRequired"));
            }
            return null;
        }
        if (value.length() > maxLength) {
            problem(column, UiText.of("people.error.isLongerThanCharacters", maxLength));
            return null;
        }
        return value;
    }

    private Integer jobLevel() {
        String value = text(JOB_LEVEL, true, 20);
        if (value == null) {
            return null;
        }
        try {
            int level = Integer.parseInt(value);
            if (level >= 1 && level <= 10) {
                return level;
            }
            problem(JOB_LEVEL, UiText.of("people.error.mustBeBetween1And10", level));
        } catch (NumberFormatException e) {
            problem(JOB_LEVEL, UiText.of("people.error.isNotANumberFrom1", value));
        }
        return null;
    }

    private LocalDate date(PeopleCsvColumn column) {
        String value = row.get(column);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problem(column, UiText.of("people.error.isNotADateAsYyyy", value));
            return null;
        }
    }

    private Generation generation() {
        String value = row.get(GENERATION);
        if (value == null) {
            return null;
        }
        try {
            return Generation.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problem(
                    GENERATION,
                    UiText.of(
                            "people.error.unknownGeneration",
                            value,
                            String.join(
                                    ", ",
                                    Arrays.stream(Generation.values())
                                            .map(Enum::name)
                                            .toList())));
            return null;
        }
    }

    private void problem(PeopleCsvColumn column, String message) {
        problems.add(new CsvProblem(row.line(), column.header(), message));
    }
}
