package org.upward.people.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes a checked import with batched JDBC (a handful of statements for any number of rows), and reads
 * the directory snapshot the check needs in one query.
 */
@Component
class PeopleImporter {

    private static final int BATCH = 1000;

    private final JdbcTemplate jdbc;

    PeopleImporter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks out concurrent writers until the transaction ends, so the snapshot stays true while we write. */
    void lockDirectory() {
        jdbc.execute("lock table person in share row exclusive mode");
    }

    DirectorySnapshot snapshot() {
        Map<String, DirectorySnapshot.Entry> byEmail = new HashMap<>();
        jdbc.query("select p.id, p.email, m.email from person p left join person m on m.id = p.manager_id", rs -> {
            byEmail.put(rs.getString(2), new DirectorySnapshot.Entry(rs.getLong(1), rs.getString(3)));
        });
        return new DirectorySnapshot(byEmail);
    }

    void write(ImportPlan plan, Instant now) {
        Timestamp at = Timestamp.from(now);
        jdbc.batchUpdate(
                "insert into person (name, department, job_title, job_level, hire_date, leave_date, generation,"
                        + " created_at, updated_at, email) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                plan.toCreate(),
                BATCH,
                (ps, person) -> {
                    setFields(ps, person);
                    ps.setTimestamp(8, at);
                    ps.setTimestamp(9, at);
                    ps.setString(10, person.email());
                });
        jdbc.batchUpdate(
                "update person set name = ?, department = ?, job_title = ?, job_level = ?, hire_date = ?,"
                        + " leave_date = ?, generation = ?, updated_at = ?, version = version + 1,"
                        + " manager_id = (select m.id from person m where m.email = ?) where email = ?",
                plan.toUpdate(),
                BATCH,
                (ps, person) -> {
                    setFields(ps, person);
                    ps.setTimestamp(8, at);
                    ps.setString(9, person.managerEmail());
                    ps.setString(10, person.email());
                });
        List<ImportedPerson> newWithManager =
                plan.toCreate().stream().filter(p -> p.managerEmail() != null).toList();
        jdbc.batchUpdate(
                "update person set manager_id = (select m.id from person m where m.email = ?) where email = ?",
                newWithManager,
                BATCH,
                (ps, person) -> {
                    ps.setString(1, person.managerEmail());
                    ps.setString(2, person.email());
                });
    }

    private static void setFields(PreparedStatement ps, ImportedPerson person) throws SQLException {
        ps.setString(1, person.name());
        ps.setString(2, person.department());
        ps.setString(3, person.jobTitle());
        ps.setInt(4, person.jobLevel());
        setDate(ps, 5, person.hireDate());
        setDate(ps, 6, person.leaveDate());
        ps.setString(7, person.generation() == null ? null : person.generation().name());
    }

    private static void setDate(PreparedStatement ps, int index, LocalDate date) throws SQLException {
        if (date == null) {
            ps.setNull(index, Types.DATE);
        } else {
            ps.setObject(index, date, Types.DATE);
        }
    }
}
