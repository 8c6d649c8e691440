package org.upward.people.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.upward.shared.CsvProblem;

class PeopleCsvReaderTest {

    private static PeopleCsvFile read(String text) {
        return PeopleCsvReader.read(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void rowsKeepTheLineTheyStartOnAcrossQuotedLineBreaksAndBlankLines() {
        PeopleCsvFile file = read("email,name,department,job_level\r\n"
                + "a@x.com,\"Ann\nSecond line\",Sales,3\r\n"
                + "\r\n"
                + "b@x.com,Bob,Sales,4\r\n");
        assertThat(file.problems()).isEmpty();
        assertThat(file.rows()).extracting(PersonCsvRow::line).containsExactly(2, 5);
        assertThat(file.rows().get(0).get(PeopleCsvColumn.NAME)).isEqualTo("Ann\nSecond line");
    }

    @Test
    void headerNamesAreTrimmedAndCaseInsensitiveAndBlankCellsAreAbsent() {
        PeopleCsvFile file = read("\uFEFF Job_Level ,EMAIL,name,department,generation\n3,a@x.com,A,Sales,  \n");
        assertThat(file.problems()).isEmpty();
        PersonCsvRow row = file.rows().get(0);
        assertThat(row.get(PeopleCsvColumn.JOB_LEVEL)).isEqualTo("3");
        assertThat(row.get(PeopleCsvColumn.GENERATION)).isNull();
        assertThat(row.get(PeopleCsvColumn.HIRE_DATE)).isNull();
    }

    @Test
    void unclosedQuoteIsReportedAsInvalidCsv() {
        PeopleCsvFile file = read("email,name,department,job_level\na@x.com,\"Ann,Sales,3\n");
        assertThat(file.problems()).hasSize(1);
        assertThat(file.problems().get(0).message()).startsWith("is not valid CSV");
    }

    @Test
    void everyLineWithBytesThatAreNotUtf8IsNamed() {
        byte[] bytes = "email,name\nd\u00e9j\u00e0,x\nok,y\n\u00e9,z\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(PeopleCsvReader.read(bytes).problems())
                .extracting(CsvProblem::line)
                .containsExactly(2, 4);
    }

    @Test
    void managerLoopsAreFoundAndSelfContainedChainsAreNot() {
        Map<String, List<String>> loops =
                ManagerCycles.find(Map.of("a", "b", "b", "c", "c", "a", "d", "a", "e", "f"), List.of("d", "e", "a"));
        assertThat(loops).containsOnlyKeys("a", "b", "c");
        assertThat(loops.get("b")).containsExactly("b", "c", "a");
    }
}
