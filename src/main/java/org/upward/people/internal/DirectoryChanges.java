package org.upward.people.internal;

import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.upward.people.PersonSaved;

/** Tells the rest of the application (the audit log) of each person added to or changed in the directory. */
@Component
class DirectoryChanges {

    private final ApplicationEventPublisher events;

    DirectoryChanges(ApplicationEventPublisher events) {
        this.events = events;
    }

    void added(Person person, boolean byIdentityProvider) {
        events.publishEvent(new PersonSaved(
                person.getId(), person.getEmail(), person.getName(), true, List.of(), byIdentityProvider));
    }

    /** Publishes nothing when no field changed (an identity provider often sends a person unchanged). */
    void changed(Person person, PersonFields before, boolean byIdentityProvider) {
        List<String> changed = before.changedIn(PersonFields.of(person));
        if (!changed.isEmpty()) {
            events.publishEvent(new PersonSaved(
                    person.getId(), person.getEmail(), person.getName(), false, changed, byIdentityProvider));
        }
    }
}
