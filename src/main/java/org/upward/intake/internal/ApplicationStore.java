package org.upward.intake.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.upward.enrollment.Side;
import org.upward.intake.ApplicationStatus;

/** Reads and writes applications; the queue of a side is its WAITLISTED applications in {@code queued_at} order. */
@Component
class ApplicationStore {

    private static final String SELECT =
            """
            select a.id, a.program_id, a.person_id, p.email, p.name, a.side, a.status, a.answers, a.profile,
                   a.manager_email, a.manager_decision, a.manager_reason, a.decline_reason, a.applied_at
            from program_application a join person p on p.id = a.person_id
            """;

    private final JdbcTemplate jdbc;

    ApplicationStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long insert(
            long programId,
            long personId,
            Side side,
            ApplicationStatus status,
            String answers,
            String profile,
            String managerEmail) {
        return jdbc.queryForObject(
                "insert into program_application (program_id, person_id, side, status, answers, profile, manager_email)"
                        + " values (?, ?, ?, ?, ?, ?, ?) returning id",
                Long.class,
                programId,
                personId,
                side.name(),
                status.name(),
                answers,
                profile,
                managerEmail);
    }

    boolean exists(long programId, long personId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from program_application where program_id = ? and person_id = ?)",
                Boolean.class,
                programId,
                personId));
    }

    Optional<ApplicationRow> find(long id) {
        return jdbc.query(SELECT + " where a.id = ?", ApplicationStore::row, id).stream()
                .findFirst();
    }

    List<ApplicationRow> page(long programId, ApplicationStatus status, int offset, int limit) {
        return jdbc.query(
                SELECT + " where a.program_id = ? and (cast(? as varchar) is null or a.status = ?)"
                        + " order by a.applied_at, a.id offset ? limit ?",
                ApplicationStore::row,
                programId,
                status == null ? null : status.name(),
                status == null ? null : status.name(),
                offset,
                limit);
    }

    long count(long programId, ApplicationStatus status) {
        return jdbc.queryForObject(
                "select count(*) from program_application where program_id = ?"
                        + " and (cast(? as varchar) is null or status = ?)",
                Long.class,
                programId,
                status == null ? null : status.name(),
                status == null ? null : status.name());
    }

    long awaitingDecision(long programId) {
        return jdbc.queryForObject(
                "select count(*) from program_application where program_id = ? and status = 'PENDING'"
                        + " and (manager_email is null or manager_decision is not null)",
                Long.class,
                programId);
    }

    List<ApplicationRow> byPerson(long personId) {
        return jdbc.query(
                SELECT + " where a.person_id = ? order by a.applied_at desc limit 50", ApplicationStore::row, personId);
    }

    /** Locks the program's intake so that two decisions about its places are made one after the other. */
    void lockPlaces(long programId) {
        jdbc.query("select 1 from program_intake where program_id = ? for update", (row, n) -> 1, programId);
    }

    int holdingPlaces(long programId, Side side) {
        return jdbc.queryForObject(
                "select count(*) from program_application where program_id = ? and side = ?"
                        + " and status in ('PENDING', 'ACCEPTED')",
                Integer.class,
                programId,
                side.name());
    }

    Optional<Long> firstWaitlisted(long programId, Side side) {
        return jdbc
                .queryForList(
                        "select id from program_application where program_id = ? and side = ? and status = 'WAITLISTED'"
                                + " order by queued_at, id limit 1",
                        Long.class,
                        programId,
                        side.name())
                .stream()
                .findFirst();
    }

    void setStatus(long id, ApplicationStatus status, String declineReason, Instant now) {
        jdbc.update(
                "update program_application set status = ?, decline_reason = ?, decided_at = ?,"
                        + " queued_at = case when ? = 'WAITLISTED' then ? else queued_at end where id = ?",
                status.name(),
                declineReason,
                Timestamp.from(now),
                status.name(),
                Timestamp.from(now),
                id);
    }

    void setManagerDecision(long id, String decision, String reason) {
        jdbc.update(
                "update program_application set manager_decision = ?, manager_reason = ? where id = ?",
                decision,
                reason,
                id);
    }

    private static ApplicationRow row(ResultSet row, int n) throws SQLException {
        return new ApplicationRow(
                row.getLong(1),
                row.getLong(2),
                row.getLong(3),
                row.getString(4),
                row.getString(5),
                Side.valueOf(row.getString(6)),
                ApplicationStatus.valueOf(row.getString(7)),
                row.getString(8),
                row.getString(9),
                row.getString(10),
                row.getString(11),
                row.getString(12),
                row.getString(13),
                row.getTimestamp(14).toInstant());
    }
}
