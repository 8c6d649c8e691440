package org.upward.audit.internal;

import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.upward.people.PersonalDataKind;
import org.upward.people.RetainedPersonalData;

/**
 * Retention of the audit log: entries older than their period are deleted. This is the log's one exception to
 * append-only (V44): the transaction says so with {@code upward.audit_retention}, and the database still refuses
 * every update, every truncate, and the delete of an entry younger than the legal minimum of 72 months, which the
 * policy cannot go below either.
 */
@Component
class AuditEntryRetention implements RetainedPersonalData {

    private final JdbcTemplate jdbc;

    AuditEntryRetention(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public PersonalDataKind kind() {
        return PersonalDataKind.AUDIT_ENTRIES;
    }

    @Override
    @Transactional(readOnly = true)
    public long countExpired(LocalDate expiredBefore) {
        Long found = jdbc.queryForObject(
                "select count(*) from audit_entry where occurred_at < ?",
                Long.class,
                RetainedPersonalData.startOf(expiredBefore));
        return found == null ? 0 : found;
    }

    @Override
    @Transactional
    public long removeExpired(LocalDate expiredBefore) {
        jdbc.queryForObject("select set_config('upward.audit_retention', 'on', true)", String.class);
        return jdbc.update(
                "delete from audit_entry where occurred_at < ?", RetainedPersonalData.startOf(expiredBefore));
    }
}
