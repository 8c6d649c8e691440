package org.upward.sessions.internal;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.upward.people.PersonErased;
import org.upward.shared.TextRenaming;

/**
 * Clears what an erased person wrote about their sessions (notes and action items of sessions they logged, their
 * feedback and private reflections, check-in blockers, agendas they planned) and renames them in the rest. Sessions,
 * ratings and check-ins stay, so every count does.
 */
@Component
class SessionsErasure {

    private final JdbcTemplate jdbc;

    SessionsErasure(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(PersonErased event) {
        jdbc.update(
                "update mentoring_session set notes = null, action_items = null, logged_by = ? where logged_by = ?",
                event.pseudonymEmail(),
                event.formerEmail());
        jdbc.update(
                "update session_feedback set learned = null, taught = null, private_reflection = null,"
                        + " learned_shareable = false where author_id = ?",
                event.personId());
        jdbc.update("update pair_check_in set blocker = null where person_id = ?", event.personId());
        jdbc.update(
                "update planned_session set agenda = null, planned_by = ? where planned_by = ?",
                event.pseudonymEmail(),
                event.formerEmail());
        TextRenaming renaming = event.renaming();
        renaming.apply(jdbc, "mentoring_session", "notes", "action_items");
        renaming.apply(jdbc, "session_feedback", "learned", "taught", "private_reflection");
        renaming.apply(jdbc, "pair_check_in", "blocker");
        renaming.apply(jdbc, "planned_session", "agenda", "place");
    }
}
