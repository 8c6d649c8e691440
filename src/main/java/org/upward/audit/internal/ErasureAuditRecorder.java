package org.upward.audit.internal;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.upward.people.PersonErased;

/**
 * Records an erasure (who, when, why; the person only by pseudonym), then rewrites the erased person's name and
 * email to the pseudonym in every entry, this one included (a reason that names them), through
 * {@code audit_entry_erase_person}: the append-only log's one exception for erasure (V43, docs/operations.md).
 */
@Component
class ErasureAuditRecorder {

    private final AuditWriter audit;
    private final Actors actors;
    private final JdbcTemplate jdbc;

    ErasureAuditRecorder(AuditWriter audit, Actors actors, JdbcTemplate jdbc) {
        this.audit = audit;
        this.actors = actors;
        this.jdbc = jdbc;
    }

    @EventListener
    void on(PersonErased event) {
        audit.append(
                AuditAction.PERSON_ERASED,
                actors.current(),
                AuditSubject.of("PERSON", event.personId()),
                null,
                "Erased a person, now shown as " + event.pseudonym() + ". Reason: " + event.reason());
        jdbc.queryForObject(
                "select audit_entry_erase_person(?, ?, ?, ?, ?)",
                Integer.class,
                event.personId(),
                event.formerName(),
                event.formerEmail(),
                event.pseudonym(),
                event.pseudonymEmail());
    }
}
