package org.upward.survey.internal;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.upward.people.PersonErased;

/**
 * Deletes an erased person's unsent survey drafts. That they answered a wave (participation) stays for the counts,
 * and their anonymous answers stay: nothing links those to them.
 */
@Component
class SurveyErasure {

    private final JdbcTemplate jdbc;

    SurveyErasure(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(PersonErased event) {
        jdbc.update("delete from survey_draft where person_id = ?", event.personId());
    }
}
