package org.upward.retention.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.upward.people.PersonalDataKind;

/** The policy's rows (V44 writes the defaults): one per kind. */
@Component
class RetentionPolicyStore {

    private final JdbcTemplate jdbc;

    RetentionPolicyStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Map<PersonalDataKind, Integer> months() {
        Map<PersonalDataKind, Integer> months = new EnumMap<>(PersonalDataKind.class);
        jdbc.query("select kind, months from retention_period", row -> {
            months.put(PersonalDataKind.valueOf(row.getString("kind")), row.getInt("months"));
        });
        return months;
    }

    /** The current months, the rows locked until the caller's transaction ends (one change at a time). */
    Map<PersonalDataKind, Integer> monthsForUpdate() {
        jdbc.queryForList("select kind from retention_period for update");
        return months();
    }

    void save(Map<PersonalDataKind, Integer> months, Instant at) {
        months.forEach((kind, value) -> jdbc.update(
                "update retention_period set months = ?, updated_at = ? where kind = ?",
                value,
                Timestamp.from(at),
                kind.name()));
    }
}
