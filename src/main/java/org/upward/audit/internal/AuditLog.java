package org.upward.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit log: appends entries and reads them back, newest first. There is deliberately no way to change or
 * remove an entry here (and PostgreSQL refuses UPDATE, DELETE and TRUNCATE on the table); only
 * {@link AuditEntryRetention} deletes entries past the retention policy's period.
 */
@Service
class AuditLog {

    private static final String COLUMNS =
            """
            e.id, e.occurred_at, e.actor_person_id, e.actor_name, e.actor_email, e.action, e.subject_type,
            e.subject_id, e.program_id, pr.name, e.summary
            """;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    AuditLog(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Writes one entry in the caller's transaction, so it commits, or rolls back, with the action. */
    void append(AuditAction action, Actor actor, AuditSubject subject, Long programId, String summary) {
        jdbc.update(
                """
                insert into audit_entry (occurred_at, actor_person_id, actor_name, actor_email, action,
                                         subject_type, subject_id, program_id, summary)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
                Timestamp.from(clock.instant()),
                actor.personId(),
                actor.name(),
                actor.email(),
                action.name(),
                subject.type(),
                subject.id(),
                programId,
                summary);
    }

    /** One page of the entries the filter lets through, newest first; its days are UTC days, as in the API. */
    @Transactional(readOnly = true)
    public Page<AuditEntry> search(AuditFilter filter, Pageable pageable) {
        return search(filter, ZoneOffset.UTC, pageable);
    }

    /** The same, with the filter's days taken in {@code zone}: the page's reader's days. */
    @Transactional(readOnly = true)
    public Page<AuditEntry> search(AuditFilter filter, ZoneId zone, Pageable pageable) {
        List<Object> args = new ArrayList<>();
        StringBuilder where = new StringBuilder(" where true");
        if (filter.action() != null) {
            where.append(" and e.action = ?");
            args.add(filter.action().name());
        }
        if (filter.actor() != null) {
            where.append(" and (lower(e.actor_email) = lower(?) or e.actor_name ilike ? escape '\\')");
            args.add(filter.actor());
            args.add("%"
                    + filter.actor().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (filter.programId() != null) {
            where.append(" and e.program_id = ?");
            args.add(filter.programId());
        }
        if (filter.from() != null) {
            where.append(" and e.occurred_at >= ?");
            args.add(Timestamp.from(filter.from().atStartOfDay(zone).toInstant()));
        }
        if (filter.to() != null) {
            where.append(" and e.occurred_at < ?");
            args.add(Timestamp.from(filter.to().plusDays(1).atStartOfDay(zone).toInstant()));
        }
        Long total = jdbc.queryForObject("select count(*) from audit_entry e" + where, Long.class, args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(pageable.getPageSize());
        pageArgs.add(pageable.getOffset());
        List<AuditEntry> entries = jdbc.query(
                "select " + COLUMNS + " from audit_entry e left join program pr on pr.id = e.program_id" + where
                        + " order by e.occurred_at desc, e.id desc limit ? offset ?",
                AuditLog::entry,
                pageArgs.toArray());
        return new PageImpl<>(entries, pageable, total == null ? 0 : total);
    }

    private static AuditEntry entry(ResultSet row, int n) throws SQLException {
        return new AuditEntry(
                row.getLong(1),
                row.getTimestamp(2).toInstant(),
                row.getObject(3, Long.class),
                row.getString(4),
                row.getString(5),
                row.getString(6),
                row.getString(7),
                row.getObject(8, Long.class),
                row.getObject(9, Long.class),
                row.getString(10),
                row.getString(11));
    }
}
