package org.upward.followup.internal;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.upward.people.PersonErased;

/** Blanks the follow-ups an erased person owned (they stay, done or not, for the counts) and renames them in others. */
@Component
class FollowUpErasure {

    private final JdbcTemplate jdbc;

    FollowUpErasure(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(PersonErased event) {
        jdbc.update("update follow_up set text = ? where owner_id = ?", PersonErased.ERASED_TEXT, event.personId());
        event.renaming().apply(jdbc, "follow_up", "text");
    }
}
