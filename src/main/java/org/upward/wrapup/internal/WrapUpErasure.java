package org.upward.wrapup.internal;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.upward.people.PersonErased;

/** Clears what an erased person wrote in their wrap-ups (their goals' ratings and recommendation stay for the figures). */
@Component
class WrapUpErasure {

    private final JdbcTemplate jdbc;

    WrapUpErasure(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(PersonErased event) {
        jdbc.update(
                "update wrap_up set what_changed = null, change_shareable = false where person_id = ?",
                event.personId());
        event.renaming().apply(jdbc, "wrap_up", "what_changed");
        event.renaming().apply(jdbc, "wrap_up_goal", "statement");
    }
}
