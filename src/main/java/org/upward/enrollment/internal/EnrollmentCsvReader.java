package org.upward.enrollment.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.upward.enrollment.EnrollmentDraft;
import org.upward.enrollment.MeetingPreference;
import org.upward.enrollment.Priority;
import org.upward.enrollment.Side;
import org.upward.enrollment.WorkStyle;
import org.upward.shared.CsvImportException;
import org.upward.shared.CsvProblem;
import org.upward.shared.UiText;

/**
 * Reads enrollments.csv (API.md) into drafts, one per row, with every cell that cannot be read
 * reported by line and column. Whether the drafts obey the rules is {@link ProfileRules}' business.
 */
final class EnrollmentCsvReader {

    /** A row read from the file: its line number and its contents. */
    record Row(int line, EnrollmentDraft draft) {}

    static final List<String> COLUMNS = List.of(
            "email",
            "side",
            "skills_offered",
            "skills_wanted",
            "interests",
            "work_style",
            "meeting_preference",
            "capacity");
    private static final Set<String> REQUIRED = Set.of("email", "side", "work_style");

    private EnrollmentCsvReader() {}

    static List<Row> read(String text, List<CsvProblem> problems) {
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setAllowDuplicateHeaderNames(false)
                .setIgnoreEmptyLines(true)
                .get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            if (!headerIsUsable(parser.getHeaderNames(), problems)) {
                return List.of();
            }
            List<Row> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                int line = (int) parser.getCurrentLineNumber();
                rows.add(new Row(line, new RowReader(record, line, problems).draft()));
            }
            if (rows.isEmpty()) {
                problems.add(new CsvProblem(0, "file", UiText.of("enrollment.error.hasAHeaderButNoRows")));
            }
            return rows;
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException malformed) {
            throw new CsvImportException(List.of(
                    new CsvProblem(0, "file", UiText.of("enrollment.error.isNotValidCsv", malformed.getMessage()))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean headerIsUsable(List<String> header, List<CsvProblem> problems) {
        int before = problems.size();
        for (String name : header) {
            if (!COLUMNS.contains(name)) {
                problems.add(new CsvProblem(1, name, UiText.of("enrollment.error.isNotAKnownColumnExpected", COLUMNS)));
            }
        }
        REQUIRED.stream()
                .filter(required -> !header.contains(required))
                .sorted()
                .forEach(missing -> problems.add(
                        new CsvProblem(1, missing, UiText.of("enrollment.error.requiredColumnIsMissing"))));
        return problems.size() == before;
    }

    /** Reads one record's cells; a cell it cannot read becomes a problem and a blank value. */
    private record RowReader(CSVRecord record, int line, List<CsvProblem> problems) {

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
                problems.add(new CsvProblem(
                        line,
                        column,
                        UiText.of("enrollment.error.isNotOneOf", value, Arrays.toString(type.getEnumConstants()))));
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
                problems.add(
                        new CsvProblem(line, column, UiText.of("enrollment.error.isNotAWholeNumber", value.trim())));
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
                problems.add(new CsvProblem(
                        line, "skills_offered", UiText.of("enrollment.error.shouldBeSkillNameLevel", part)));
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
                        line,
                        "skills_wanted",
                        UiText.of("enrollment.error.priorityIsNotHighMediumOr", bits[2].trim())));
            }
            return new EnrollmentDraft.WantedSkill(bits[0].trim(), integer(bits[1], "skills_wanted"), priority);
        }
    }
}
