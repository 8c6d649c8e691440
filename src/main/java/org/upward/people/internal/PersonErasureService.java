package org.upward.people.internal;

import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upward.people.People;
import org.upward.people.PersonErased;
import org.upward.shared.ConflictException;
import org.upward.shared.InvalidFieldException;
import org.upward.shared.UiText;

/**
 * Erases a person in one transaction: their record takes the pseudonym, then {@link PersonErased} lets every module
 * clear what they wrote and rename them in the same transaction. If any listener fails, nothing is erased.
 */
@Service
class PersonErasureService {

    static final int REASON_MAX_LENGTH = 1000;

    private final PersonRepository people;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PersonErasureService(PersonRepository people, ApplicationEventPublisher events, Clock clock) {
        this.people = people;
        this.events = events;
        this.clock = clock;
    }

    /** Erases the person and answers how they are shown from now on. */
    @Transactional
    public PersonView eraseAndView(String email, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new InvalidFieldException("reason", UiText.of("people.erasure.reason.required"));
        }
        if (why.length() > REASON_MAX_LENGTH) {
            throw new InvalidFieldException("reason", UiText.of("people.erasure.reason.tooLong", REASON_MAX_LENGTH));
        }
        Person person =
                people.findByEmail(People.normalizeEmail(email)).orElseThrow(() -> new PersonNotFoundException(email));
        if (person.getErasedAt() != null) {
            throw new ConflictException(
                    UiText.of("people.conflict.alreadyErased"), UiText.of("people.erasure.alreadyErased"));
        }
        String formerName = person.getName();
        String formerEmail = person.getEmail();
        ErasurePseudonym pseudonym = ErasurePseudonym.of(person.getId());
        person.erase(pseudonym, clock.instant());
        people.flush();
        events.publishEvent(
                new PersonErased(person.getId(), pseudonym.name(), pseudonym.email(), formerName, formerEmail, why));
        return PersonView.of(person);
    }

    /** The person as the confirmation page shows them; a 409 when they are erased already. */
    @Transactional(readOnly = true)
    public PersonView toErase(String email) {
        Person person =
                people.findByEmail(People.normalizeEmail(email)).orElseThrow(() -> new PersonNotFoundException(email));
        if (person.getErasedAt() != null) {
            throw new ConflictException(
                    UiText.of("people.conflict.alreadyErased"), UiText.of("people.erasure.alreadyErased"));
        }
        return PersonView.of(person);
    }
}
