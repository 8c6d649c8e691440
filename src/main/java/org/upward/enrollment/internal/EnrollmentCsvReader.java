package org.upward.enrollment.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.upward.enrollment.EnrollmentDraft;
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
                rows.add(new Row(line, new EnrollmentCsvRowReader(record, line, problems).draft()));
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
}
