package org.upward.people.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.upward.shared.SpreadsheetSafe;

/**
 * Writes the directory as people.csv (the import's format), streaming rows from the database. Erased people are
 * left out, and so is an erased manager's pseudonym email: the file imports back unchanged.
 */
@Component
class PeopleCsvWriter {

    private static final CSVFormat FORMAT =
            CSVFormat.RFC4180.builder().setHeader(PeopleCsvColumn.headers()).get();

    private final JdbcTemplate jdbc;

    PeopleCsvWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void write(Writer out) throws IOException {
        // not closed: the caller owns the writer (an HTTP response, say)
        CSVPrinter csv = new CSVPrinter(out, FORMAT);
        jdbc.query(
                """
                    select p.email, p.name, p.department, p.job_title, p.job_level,
                           case when m.erased_at is null then m.email end,
                           p.hire_date, p.leave_date, p.generation
                    from person p left join person m on m.id = p.manager_id
                    where p.erased_at is null
                    order by p.email""",
                rs -> {
                    try {
                        csv.printRecord(
                                SpreadsheetSafe.text(rs.getString(1)),
                                SpreadsheetSafe.text(rs.getString(2)),
                                SpreadsheetSafe.text(rs.getString(3)),
                                SpreadsheetSafe.text(rs.getString(4)),
                                rs.getInt(5),
                                SpreadsheetSafe.text(rs.getString(6)),
                                rs.getString(7),
                                rs.getString(8),
                                rs.getString(9));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
        csv.flush();
    }
}
