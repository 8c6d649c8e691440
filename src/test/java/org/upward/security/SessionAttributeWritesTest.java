package org.upward.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.upward.support.IntegrationTest;

/** How two requests' writes to one stored session meet, one after the other, as they do when they overlap. */
class SessionAttributeWritesTest extends IntegrationTest {

    private SessionRepository<Session> sessions;

    @Autowired
    @SuppressWarnings("unchecked")
    void sessions(JdbcIndexedSessionRepository repository) {
        this.sessions = (SessionRepository<Session>) (SessionRepository<?>) repository;
    }

    @Test
    void aChangeToAnAttributeAnotherRequestJustRemovedIsKept() {
        String id = storedWithNote();
        Session mine = sessions.findById(id);
        Session theirs = sessions.findById(id);
        theirs.removeAttribute("note");
        sessions.save(theirs);

        mine.setAttribute("note", "second");
        sessions.save(mine);

        assertThat(sessions.findById(id).<String>getAttribute("note")).isEqualTo("second");
    }

    @Test
    void nothingIsStoredForASessionAnotherRequestJustEnded() {
        String id = storedWithNote();
        Session mine = sessions.findById(id);
        String primaryId =
                jdbc.queryForObject("select primary_id from spring_session where session_id = ?", String.class, id);
        sessions.deleteById(id);

        mine.setAttribute("note", "second");
        mine.setAttribute("other", "added");
        sessions.save(mine);

        assertThat(jdbc.queryForObject(
                        "select count(*) from spring_session_attributes where session_primary_id = ?",
                        Integer.class,
                        primaryId))
                .isZero();
        assertThat(sessions.findById(id)).isNull();
    }

    private String storedWithNote() {
        Session session = sessions.createSession();
        session.setAttribute("note", "first");
        sessions.save(session);
        return session.getId();
    }
}
