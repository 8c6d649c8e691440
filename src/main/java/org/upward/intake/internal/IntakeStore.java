package org.upward.intake.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.upward.intake.IntakeSettings;
import tools.jackson.databind.json.JsonMapper;

/** Reads and writes a program's intake: the settings as one JSON document, the dates also as columns to query. */
@Component
class IntakeStore {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcTemplate jdbc;

    IntakeStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<IntakeSettings> find(long programId) {
        return jdbc
                .query(
                        "select settings from program_intake where program_id = ?",
                        (row, n) -> JSON.readValue(row.getString(1), IntakeSettings.class),
                        programId)
                .stream()
                .findFirst();
    }

    void save(long programId, IntakeSettings settings) {
        jdbc.update(
                """
                insert into program_intake (program_id, opens_on, closes_on, settings, manager_approval)
                values (?, ?, ?, ?, ?)
                on conflict (program_id) do update set opens_on = excluded.opens_on,
                    closes_on = excluded.closes_on, settings = excluded.settings,
                    manager_approval = excluded.manager_approval
                """,
                programId,
                settings.opensOn(),
                settings.closesOn(),
                JSON.writeValueAsString(settings),
                settings.managerApproval());
    }

    /** The programs whose intake is open on {@code day}, closing soonest first. */
    List<Long> openOn(LocalDate day, int limit) {
        return jdbc.queryForList(
                // only enrolling programs: a template (always a draft) keeps an intake, dated relative to it
                "select i.program_id from program_intake i join program p on p.id = i.program_id"
                        + " where p.status = 'ENROLLING' and i.opens_on <= ? and i.closes_on >= ?"
                        + " order by i.closes_on, i.program_id limit ?",
                Long.class,
                day,
                day,
                limit);
    }
}
