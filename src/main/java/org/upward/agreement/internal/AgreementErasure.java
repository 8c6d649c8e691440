package org.upward.agreement.internal;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.upward.people.PersonErased;

/**
 * Renames an erased person in pair agreements and goals. An agreement belongs to both partners (either may edit it,
 * both confirm it), so its text stays for the partner, with the erased person's name and email replaced.
 */
@Component
class AgreementErasure {

    private final JdbcTemplate jdbc;

    AgreementErasure(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(PersonErased event) {
        event.renaming().apply(jdbc, "pair_agreement", "text", "meeting_rhythm");
        event.renaming().apply(jdbc, "pair_goal", "statement");
    }
}
