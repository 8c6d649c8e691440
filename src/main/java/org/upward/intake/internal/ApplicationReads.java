package org.upward.intake.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upward.intake.ApplicationView;
import org.upward.intake.ApplicationsAwaiting;
import org.upward.people.People;

/**
 * The applications a person may read: their own, and those they are asked to approve as a manager; and how many
 * wait for an admin.
 */
@Service
class ApplicationReads implements ApplicationsAwaiting {

    private final ApplicationStore store;
    private final People people;

    ApplicationReads(ApplicationStore store, People people) {
        this.store = store;
        this.people = people;
    }

    @Transactional(readOnly = true)
    List<ApplicationView> mine(String email) {
        return people.findByEmail(email)
                .map(p -> store.byPerson(p.id()).stream()
                        .map(ApplicationRow::view)
                        .toList())
                .orElse(List.of());
    }

    @Override
    @Transactional(readOnly = true)
    public long forDecision(long programId) {
        return store.awaitingDecision(programId);
    }

    /** The person's application to the program, if they applied. */
    @Transactional(readOnly = true)
    Optional<ApplicationView> mineFor(long programId, String email) {
        return mine(email).stream().filter(a -> a.programId() == programId).findFirst();
    }

    /** An application the caller is asked to approve as the applicant's manager, or a 404. */
    @Transactional(readOnly = true)
    ApplicationView forManager(long id, String managerEmail) {
        return store.find(id)
                .filter(r -> r.managerEmail() != null && r.managerEmail().equals(People.normalizeEmail(managerEmail)))
                .map(ApplicationRow::view)
                .orElseThrow(ApplicationNotFoundException::new);
    }
}
