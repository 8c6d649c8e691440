package org.upward.people.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.upward.shared.CleanText;
import org.upward.shared.CsvProblem;
import org.upward.shared.SpreadsheetSafe;
import org.upward.shared.StrictUtf8;
import org.upward.shared.UiText;

/**
 * Reads people.csv: strict UTF-8 (a BOM is fine), RFC 4180, a header row naming the columns in any
 * order. Checks the file's shape only; what the cells mean is {@link PeopleImportValidator}'s job.
 */
final class PeopleCsvReader {

    private static final CSVFormat FORMAT =
            CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    private PeopleCsvReader() {}

    static PeopleCsvFile read(byte[] bytes) {
        StrictUtf8.Decoded decoded = StrictUtf8.decode(bytes);
        if (!decoded.badLines().isEmpty()) {
            return failed(decoded.badLines().stream()
                    .map(line -> new CsvProblem(line, null, UiText.of("people.error.isNotValidUtf8Text")))
                    .toList());
        }
        String text = CleanText.strip(decoded.text());
        if (text.isBlank()) {
            return failed(List.of(new CsvProblem(1, null, UiText.of("people.error.theFileIsEmptyExpectedA"))));
        }
        LineNumbers lines = new LineNumbers(text);
        List<CsvProblem> problems = new ArrayList<>();
        List<PersonCsvRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
            try {
                readRecords(parser, lines, rows, problems);
            } catch (UncheckedIOException | IllegalStateException e) {
                int line = (int) parser.getCurrentLineNumber() + 1;
                problems.add(new CsvProblem(line, null, UiText.of("people.error.isNotValidCsv", rootMessage(e))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(new CsvProblem(2, null, UiText.of("people.error.theFileHasAHeaderRow")));
        }
        return new PeopleCsvFile(problems.isEmpty() ? rows : List.of(), problems);
    }

    private static void readRecords(
            CSVParser parser, LineNumbers lines, List<PersonCsvRow> rows, List<CsvProblem> problems) {
        Iterator<CSVRecord> records = parser.iterator();
        CSVRecord headerRecord = records.next();
        List<PeopleCsvColumn> header = readHeader(headerRecord, lines.of(headerRecord), problems);
        if (!problems.isEmpty()) {
            return;
        }
        while (records.hasNext()) {
            CSVRecord record = records.next();
            int line = lines.of(record);
            if (record.size() != header.size()) {
                problems.add(new CsvProblem(
                        line, null, UiText.of("people.error.hasValuesButTheHeaderHas", record.size(), header.size())));
                continue;
            }
            Map<PeopleCsvColumn, String> cells = new EnumMap<>(PeopleCsvColumn.class);
            for (int i = 0; i < header.size(); i++) {
                cells.put(header.get(i), SpreadsheetSafe.imported(record.get(i)));
            }
            rows.add(new PersonCsvRow(line, cells));
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }

    private static List<PeopleCsvColumn> readHeader(CSVRecord record, int line, List<CsvProblem> problems) {
        List<PeopleCsvColumn> header = new ArrayList<>();
        Set<PeopleCsvColumn> seen = new HashSet<>();
        for (int i = 0; i < record.size(); i++) {
            String name = record.get(i).trim();
            Optional<PeopleCsvColumn> column = PeopleCsvColumn.byHeader(name);
            if (column.isEmpty()) {
                problems.add(new CsvProblem(
                        line,
                        name.isEmpty() ? "column " + (i + 1) : name,
                        UiText.of("people.error.unknownColumn", String.join(", ", PeopleCsvColumn.headers()))));
            } else if (!seen.add(column.get())) {
                problems.add(new CsvProblem(line, name, UiText.of("people.error.duplicateColumn")));
            }
            column.ifPresent(header::add);
        }
        Arrays.stream(PeopleCsvColumn.values())
                .filter(c -> c.required() && !seen.contains(c))
                .forEach(c -> problems.add(
                        new CsvProblem(line, c.header(), UiText.of("people.error.requiredColumnIsMissing"))));
        return header;
    }

    private static PeopleCsvFile failed(List<CsvProblem> problems) {
        return new PeopleCsvFile(List.of(), problems);
    }

    /** Maps a character position of the text to its 1-based line number. */
    private static final class LineNumbers {

        private final int[] starts;
        private final String text;

        LineNumbers(String text) {
            this.text = text;
            List<Integer> found = new ArrayList<>();
            found.add(0);
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    found.add(i + 1);
                }
            }
            starts = found.stream().mapToInt(Integer::intValue).toArray();
        }

        int of(CSVRecord record) {
            // a record's position can be that of the blank lines skipped before it
            int position = (int) record.getCharacterPosition();
            while (position < text.length() && (text.charAt(position) == '\r' || text.charAt(position) == '\n')) {
                position++;
            }
            int index = Arrays.binarySearch(starts, position);
            return index >= 0 ? index + 1 : -index - 1;
        }
    }
}
