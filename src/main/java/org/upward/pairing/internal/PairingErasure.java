package org.upward.pairing.internal;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.upward.people.PersonErased;
import org.upward.shared.TextRenaming;

/** Clears an erased person's flag notes and fit-check notes, and renames them in pairing texts; pairs stay. */
@Component
class PairingErasure {

    private final JdbcTemplate jdbc;

    PairingErasure(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(PersonErased event) {
        jdbc.update("update mentoring_pair set flag_note = null where flagged_by = ?", event.personId());
        jdbc.update("update pair_fit_answer set note = null where person_id = ?", event.personId());
        TextRenaming renaming = event.renaming();
        renaming.apply(
                jdbc, "mentoring_pair", "explanation", "warnings", "flag_note", "dissolved_reason", "closed_reason");
        renaming.applyToJson(jdbc, "mentoring_pair", "breakdown");
        renaming.applyToJson(jdbc, "pairing_run", "unmatched");
        renaming.apply(jdbc, "pairing_job", "message");
        renaming.apply(jdbc, "pair_fit_answer", "note");
    }
}
