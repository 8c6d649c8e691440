package org.upward.enrollment.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.commons.csv.CSVRecord;
import org.upward.enrollment.EnrollmentDraft;
import org.upward.enrollment.MeetingPreference;
import org.upward.enrollment.Priority;
import org.upward.enrollment.Side;
import org.upward.enrollment.WorkStyle;
import org.upward.shared.CsvProblem;
import org.upward.shared.UiText;

/**
 * Reads one row of enrollments.csv ({@link EnrollmentCsvReader}) into a draft; a cell it cannot read becomes a
 * problem and a blank value.
 */
record EnrollmentCsvRowReader(CSVRecord record, int line, List<CsvProblem> problems) {

    EnrollmentDraft draft() {
        return new EnrollmentDraft(
                cell("email"),
                enumCell("side", Side.class),
                list("skills_offered", this::offered),
                list("skills_wanted", this::wanted),
                list("interests", tag -> tag),
                enumCell("work_style", WorkStyle.class),
                enumCell("meeting_preference", MeetingPreference.class),
                number("capacity"));
    }

    private String cell(String column) {
        if (!record.isMapped(column) || !record.isSet(column)) {
            return null;
        }
        String value = record.get(column).trim();
        return value.isEmpty() ? null : value;
    }

    private <E extends Enum<E>> E enumCell(String column, Class<E> type) {
        String value = cell(column);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            problems.add(new CsvProblem(line, column, UiText.named("enrollment.error.notOneOf.", column, value)));
            return null;
        }
    }

    private Integer number(String column) {
        String value = cell(column);
        return value == null ? null : integer(value, column);
    }

    private Integer integer(String value, String column) {
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException notANumber) {
            problems.add(new CsvProblem(line, column, UiText.of("enrollment.error.isNotAWholeNumber", value.trim())));
            return null;
        }
    }

    private <T> List<T> list(String column, Function<String, T> item) {
        String value = cell(column);
        if (value == null) {
            return List.of();
        }
        return Arrays.stream(value.split(";"))
                .map(String::trim)
                .filter(part -> !part.isEmpty())
                .map(item)
                .toList();
    }

    private EnrollmentDraft.OfferedSkill offered(String part) {
        String[] bits = part.split(":");
        if (bits.length != 2) {
            problems.add(
                    new CsvProblem(line, "skills_offered", UiText.of("enrollment.error.shouldBeSkillNameLevel", part)));
            return new EnrollmentDraft.OfferedSkill(bits[0], null);
        }
        return new EnrollmentDraft.OfferedSkill(bits[0].trim(), integer(bits[1], "skills_offered"));
    }

    private EnrollmentDraft.WantedSkill wanted(String part) {
        String[] bits = part.split(":");
        if (bits.length != 3) {
            problems.add(new CsvProblem(
                    line, "skills_wanted", UiText.of("enrollment.error.shouldBeSkillNameCurrentLevel", part)));
            return new EnrollmentDraft.WantedSkill(bits[0], null, null);
        }
        Priority priority = null;
        try {
            priority = Priority.valueOf(bits[2].trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            problems.add(new CsvProblem(
                    line, "skills_wanted", UiText.of("enrollment.error.priorityIsNotHighMediumOr", bits[2].trim())));
        }
        return new EnrollmentDraft.WantedSkill(bits[0].trim(), integer(bits[1], "skills_wanted"), priority);
    }
}
