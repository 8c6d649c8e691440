package org.upward.outcome.internal;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.upward.people.PersonErased;

/** Renames an erased person in the business outcomes they recorded or that mention them; amounts stay. */
@Component
class OutcomeErasure {

    private final JdbcTemplate jdbc;

    OutcomeErasure(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(PersonErased event) {
        jdbc.update(
                "update business_outcome set recorded_by = ? where recorded_by = ?",
                event.pseudonymEmail(),
                event.formerEmail());
        event.renaming().apply(jdbc, "business_outcome", "description");
    }
}
