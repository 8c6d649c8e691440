package org.upward.intake.internal;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.upward.people.PersonErased;

/**
 * Clears an erased person's application answers (their applications stay, with side and status, for the counts),
 * the reasons they gave as someone's manager, and renames them in the rest.
 */
@Component
class IntakeErasure {

    private final JdbcTemplate jdbc;

    IntakeErasure(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(PersonErased event) {
        jdbc.update(
                "update program_application set answers = '{}',"
                        + " profile = jsonb_set(profile::jsonb, '{answers}', '{}'::jsonb)::text where person_id = ?",
                event.personId());
        jdbc.update(
                "update program_application set manager_email = ?, manager_reason = null where manager_email = ?",
                event.pseudonymEmail(),
                event.formerEmail());
        event.renaming().apply(jdbc, "program_application", "answers", "profile", "manager_reason", "decline_reason");
    }
}
