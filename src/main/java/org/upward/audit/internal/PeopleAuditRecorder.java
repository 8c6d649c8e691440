package org.upward.audit.internal;

import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.upward.people.PeopleImported;
import org.upward.people.PersonLeft;
import org.upward.people.PersonReturned;
import org.upward.people.PersonSaved;
import org.upward.people.PersonalDataExported;
import org.upward.people.SkillAdded;
import org.upward.people.SkillChanged;
import org.upward.people.SkillsMerged;

/**
 * Records the people module's events: a person added or changed (on the people page, through the API or by the
 * identity provider), a people CSV imported, a departure or a return, every change to the skill catalog, and an
 * admin's download of a person's data.
 */
@Component
class PeopleAuditRecorder {

    private final AuditWriter audit;
    private final Actors actors;
    private final JdbcTemplate jdbc;

    PeopleAuditRecorder(AuditWriter audit, Actors actors, JdbcTemplate jdbc) {
        this.audit = audit;
        this.actors = actors;
        this.jdbc = jdbc;
    }

    @EventListener
    void on(PeopleImported event) {
        audit.append(
                AuditAction.PEOPLE_IMPORTED,
                actors.current(),
                AuditSubject.kind("PEOPLE"),
                null,
                "Imported people.csv: " + event.created() + " created, " + event.updated() + " updated");
    }

    @EventListener
    void on(PersonSaved event) {
        String who = event.name() + " <" + event.email() + ">";
        String summary = event.added()
                ? "Added " + who + " to the directory"
                : "Changed " + who + ": " + String.join(", ", event.changed());
        audit.append(
                event.added() ? AuditAction.PERSON_ADDED : AuditAction.PERSON_CHANGED,
                actors.current(),
                AuditSubject.of("PERSON", event.personId()),
                null,
                event.byIdentityProvider() ? summary + " (by the identity provider, SCIM)" : summary);
    }

    /** The departure itself, whichever way it came: the people page, the CSV, the identity provider or the day. */
    @EventListener
    void on(PersonLeft event) {
        audit.append(
                AuditAction.PERSON_LEFT,
                actors.current(),
                AuditSubject.of("PERSON", event.personId()),
                null,
                event.name() + " <" + event.email() + "> left the company on " + event.leftOn());
    }

    @EventListener
    void on(PersonReturned event) {
        audit.append(
                AuditAction.PERSON_RETURNED,
                actors.current(),
                AuditSubject.of("PERSON", event.personId()),
                null,
                event.name() + " <" + event.email() + "> is back at the company");
    }

    @EventListener
    void on(SkillAdded event) {
        audit.append(
                AuditAction.SKILL_ADDED,
                actors.current(),
                AuditSubject.of("SKILL", event.skillId()),
                null,
                "Added skill '" + event.name() + "'");
    }

    @EventListener
    void on(SkillChanged event) {
        AuditAction action;
        String summary;
        if (event.retired() && !event.wasRetired()) {
            action = AuditAction.SKILL_RETIRED;
            summary = "Retired skill '" + event.name() + "'";
        } else if (!event.retired() && event.wasRetired()) {
            action = AuditAction.SKILL_RESTORED;
            summary = "Brought back skill '" + event.name() + "'";
        } else {
            action = AuditAction.SKILL_CHANGED;
            summary = "Changed skill '" + event.name() + "'";
        }
        audit.append(action, actors.current(), AuditSubject.of("SKILL", event.skillId()), null, summary);
    }

    @EventListener
    void on(PersonalDataExported event) {
        audit.append(
                AuditAction.PERSONAL_DATA_EXPORTED,
                actors.current(),
                AuditSubject.of("PERSON", event.personId()),
                null,
                "Downloaded the personal data of " + event.name() + " <" + event.email() + "> (" + event.format()
                        + ", without private reflections)");
    }

    /** Heard before the duplicate is deleted, so its name can still be read. */
    @EventListener
    void on(SkillsMerged event) {
        audit.append(
                AuditAction.SKILLS_MERGED,
                actors.current(),
                AuditSubject.of("SKILL", event.targetId()),
                null,
                "Merged skill '" + skillName(event.duplicateId()) + "' into '" + skillName(event.targetId()) + "'");
    }

    private String skillName(long skillId) {
        List<String> names = jdbc.queryForList("select name from skill where id = ?", String.class, skillId);
        return names.isEmpty() ? "skill " + skillId : names.get(0);
    }
}
